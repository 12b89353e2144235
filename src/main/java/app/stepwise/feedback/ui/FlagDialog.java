package app.stepwise.feedback.ui;

import app.stepwise.content.ReadingStep;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagKind;
import app.stepwise.feedback.StepFlag;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Flags one step: what is wrong with it and a comment for the module's owner. */
class FlagDialog extends Dialog {
    static final int MAX_COMMENT = 2000;
    private static final int QUOTE_LENGTH = 160;

    private final RadioButtonGroup<FlagKind> kind = new RadioButtonGroup<>("What's wrong with this step?");
    private final TextArea comment = new TextArea("What should change?");
    private final Paragraph stepProblem = new Paragraph();
    private final Button send = new Button("Send flag", e -> send());
    private final transient FeedbackService feedback;
    private final String moduleId;
    private final ReadingStep step;
    private final Consumer<StepFlag> onFlagged;

    FlagDialog(FeedbackService feedback, String moduleId, ReadingStep step, Consumer<StepFlag> onFlagged) {
        this.feedback = feedback;
        this.moduleId = moduleId;
        this.step = step;
        this.onFlagged = onFlagged;
        setId("flag-dialog");
        setHeaderTitle("Flag step " + step.number());
        setWidth("min(560px, 100vw)");
        var quote = new Paragraph(quote(step.text()));
        quote.addClassName("flag-step-quote");
        stepProblem.addClassNames("callout", "callout-error");
        stepProblem.setId("flag-step-problem");
        stepProblem.setVisible(false);
        kind.setId("flag-kind");
        kind.setItems(FlagKind.values());
        kind.setItemLabelGenerator(FlagKind::label);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setRequiredIndicatorVisible(true);
        kind.setManualValidation(true); // the service's messages are the ones shown
        kind.addValueChangeListener(change -> kind.setInvalid(false));
        comment.setId("flag-comment");
        comment.setMaxLength(MAX_COMMENT);
        comment.setRequiredIndicatorVisible(true);
        comment.setManualValidation(true);
        comment.setPlaceholder("For example: the button is called “Escalate” now, not “Escalate to Tier 2”.");
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.addValueChangeListener(change -> {
            comment.setInvalid(false);
            countCharacters();
        });
        comment.setWidthFull();
        comment.addClassName("flag-comment");
        countCharacters();
        add(quote, stepProblem, kind, comment);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("flag-send");
        send.setDisableOnClick(true);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("flag-cancel");
        getFooter().add(cancel, send);
    }

    private void send() {
        clearErrors();
        try {
            var flag = feedback.flag(moduleId, step.anchor(), kind.getValue(), comment.getValue());
            Notification.show("Thanks — the module's owner will see your flag.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onFlagged.accept(flag);
            close();
        } catch (InvalidInputException problems) {
            problems.fieldErrors().forEach(this::showError);
            send.setEnabled(true);
        }
    }

    private void showError(String field, String message) {
        switch (field) {
            case "kind" -> {
                kind.setErrorMessage(message);
                kind.setInvalid(true);
            }
            case "comment" -> {
                comment.setErrorMessage(message);
                comment.setInvalid(true);
            }
            default -> {
                stepProblem.setText(message);
                stepProblem.setVisible(true);
            }
        }
    }

    private void clearErrors() {
        kind.setInvalid(false);
        comment.setInvalid(false);
        stepProblem.setVisible(false);
    }

    private void countCharacters() {
        comment.setHelperText(comment.getValue().length() + " / " + MAX_COMMENT);
    }

    private static String quote(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return "“" + (line.length() <= QUOTE_LENGTH ? line : line.substring(0, QUOTE_LENGTH - 1) + "…") + "”";
    }
}
