package app.stepwise.feedback.ui;

import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagStatus;
import app.stepwise.feedback.StepFlag;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;

/** One flag of the improvement queue: read it, then accept it, mark it fixed or decline it with a note. */
class HandleFlagDialog extends Dialog {
    private final TextArea note = new TextArea("Note to the learner");
    private final transient FeedbackService feedback;
    private final StepFlag flag;
    private final Runnable onChange;

    HandleFlagDialog(FeedbackService feedback, StepFlag flag, Runnable onChange) {
        this.feedback = feedback;
        this.flag = flag;
        this.onChange = onChange;
        setId("handle-flag-dialog");
        setHeaderTitle("Flag on step " + flag.stepNumber());
        setWidth("min(620px, 100vw)");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close");
        close.setId("flag-close");
        getHeader().add(close);
        add(details());
        actions();
    }

    private Div details() {
        var module = new Span(flag.moduleTitle());
        module.addClassName("flag-detail-module");
        var meta = new Div(FlagBadges.kind(flag.kind()), FlagBadges.status(flag.status()),
                new Span(flag.flaggedBy() + " · " + FlagBadges.DAY.format(flag.createdAt())));
        meta.addClassName("flag-card-meta");
        var comment = new Paragraph(flag.comment());
        comment.addClassName("flag-comment-text");
        comment.setId("flag-comment-shown");
        var stepHeading = new Span("The step in version " + flag.moduleVersion() + ", when it was flagged");
        stepHeading.addClassName("flag-detail-label");
        var step = new Paragraph("“" + flag.stepText() + "”");
        step.addClassName("flag-step-quote");
        var link = new Anchor(flag.stepLink(), "Open the step in the module");
        link.setId("flag-step-link");
        var details = new Div(module, meta, comment, stepHeading, step, link);
        details.addClassName("flag-details");
        if (flag.resolutionNote() != null && !flag.resolutionNote().isBlank()) {
            var earlier = new Paragraph("Note so far: " + flag.resolutionNote());
            earlier.addClassNames("callout", "flag-resolution");
            details.add(earlier);
        }
        return details;
    }

    private void actions() {
        if (flag.status().next().isEmpty()) {
            add(new Paragraph("This flag is " + flag.status().label().toLowerCase(Locale.ROOT) + "; nothing more to do."));
            return;
        }
        note.setId("flag-note");
        note.setMaxLength(FlagDialog.MAX_COMMENT);
        note.setWidthFull();
        note.setManualValidation(true);
        note.setHelperText("Optional, except to decline. The learner reads it.");
        add(note);
        for (var action : List.of(FlagStatus.DECLINED, FlagStatus.ACCEPTED, FlagStatus.FIXED)) {
            if (flag.status().canMoveTo(action)) {
                getFooter().add(actionButton(action));
            }
        }
    }

    private Button actionButton(FlagStatus next) {
        var button = new Button(switch (next) {
            case ACCEPTED -> "Accept";
            case FIXED -> "Mark fixed";
            default -> "Decline";
        }, e -> move(next));
        button.setId(switch (next) {
            case ACCEPTED -> "flag-accept";
            case FIXED -> "flag-fixed";
            default -> "flag-decline";
        });
        button.addThemeVariants(next == FlagStatus.FIXED ? ButtonVariant.LUMO_PRIMARY
                : next == FlagStatus.DECLINED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private void move(FlagStatus next) {
        note.setInvalid(false);
        try {
            feedback.changeStatus(flag.id(), next, note.getValue());
            Notification.show("The flag is " + next.label().toLowerCase(Locale.ROOT) + ". " + flag.flaggedBy()
                    + " will be told.", 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onChange.run();
            close();
        } catch (InvalidInputException problem) {
            if (problem.fieldErrors().containsKey("note")) {
                note.setErrorMessage(problem.fieldErrors().get("note"));
                note.setInvalid(true);
            } else {
                Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
