package app.stepwise.feedback.ui;

import app.stepwise.content.ReadingStep;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.StepFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * The flag beside a step in the module reader: opens the flag dialog, and shows what became of the
 * reader's own flag on the step ("Flagged: open"). While that flag is open or accepted the step cannot
 * be flagged again, so the button rests.
 */
@NamedInterface("step-flag-button")
public class StepFlagButton extends Div {
    private final Button button = new Button(VaadinIcon.FLAG_O.create());
    private final Span state = new Span();
    private final int stepNumber;

    /**
     * @param myFlags the reader's flags on this module, newest first ({@link FeedbackService#flagsOnModule})
     */
    public StepFlagButton(FeedbackService feedback, String moduleId, ReadingStep step, List<StepFlag> myFlags) {
        this.stepNumber = step.number();
        addClassName("step-flag");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("step-flag-button");
        button.setId("flag-" + step.anchor());
        button.addClickListener(click -> new FlagDialog(feedback, moduleId, step, this::show).open());
        state.addClassName("flag-state");
        state.setVisible(false);
        add(button, state);
        myFlags.stream().filter(f -> f.stepAnchor().equals(step.anchor())).findFirst().ifPresentOrElse(this::show, this::showUnflagged);
    }

    private void show(StepFlag flag) {
        state.setText("Flagged: " + flag.status().label().toLowerCase(Locale.ROOT));
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add(FlagBadges.theme(flag.status()));
        state.setVisible(true);
        if (flag.unresolved()) {
            button.setEnabled(false);
            button.setAriaLabel("Step " + stepNumber + " is flagged");
            button.setTooltipText("You flagged this step. Follow it under Feedback.");
        } else {
            showUnflagged();
        }
    }

    private void showUnflagged() {
        button.setEnabled(true);
        button.setAriaLabel("Flag step " + stepNumber);
        button.setTooltipText("Unclear, outdated or doesn't work like this? Flag it.");
    }
}
