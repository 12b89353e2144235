package app.stepwise.reporting.ui;

import app.stepwise.quiz.AttemptGrant;
import app.stepwise.quiz.QuizAttemptGrants;
import app.stepwise.quiz.QuizOverview;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Grants a person held back by a quiz's attempt limit or cooldown extra attempts, with a reason they are told. */
class GrantAttemptsDialog extends Dialog {
    private final IntegerField extra = new IntegerField("Extra attempts");
    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();

    GrantAttemptsDialog(QuizAttemptGrants grants, PersonId person, String personName, QuizOverview quiz,
                        Consumer<AttemptGrant> granted) {
        setHeaderTitle("Grant extra attempts: " + quiz.moduleTitle());
        setId("grant-attempts-dialog");
        setWidth("min(520px, 100vw)");
        extra.setId("grant-extra-attempts");
        extra.setMin(1);
        extra.setMax(QuizAttemptGrants.MOST_EXTRA_ATTEMPTS);
        extra.setStepButtonsVisible(true);
        extra.setValue(1);
        extra.setRequired(true);
        extra.setHelperText("1 to " + QuizAttemptGrants.MOST_EXTRA_ATTEMPTS);
        reason.setId("grant-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(QuizAttemptGrants.REASON_LENGTH);
        reason.setHelperText(personName + " is told this reason; it is kept in the audit log.");
        problem.setId("grant-problem");
        problem.addClassNames("callout", "callout-error");
        problem.setVisible(false);
        add(new Paragraph(personName + ": " + quiz.blockedReason().orElse("")), extra, reason, problem);
        var confirm = new Button("Grant", e -> {
            clearErrors();
            if (extra.isInvalid() || extra.getValue() == null) {
                extra.setInvalid(true);
                extra.setErrorMessage("Enter a whole number from 1 to " + QuizAttemptGrants.MOST_EXTRA_ATTEMPTS + ".");
                return;
            }
            try {
                granted.accept(grants.grant(person, quiz.moduleId(), extra.getValue(), reason.getValue()));
                close();
            } catch (InvalidInputException invalid) {
                show(invalid);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("grant-confirm");
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("grant-cancel");
        getFooter().add(cancel, confirm);
    }

    private void clearErrors() {
        reason.setInvalid(false);
        problem.setVisible(false);
    }

    private void show(InvalidInputException invalid) {
        var errors = invalid.fieldErrors();
        if (errors.containsKey("extraAttempts")) {
            extra.setInvalid(true);
            extra.setErrorMessage(errors.get("extraAttempts"));
        }
        if (errors.containsKey("reason")) {
            reason.setInvalid(true);
            reason.setErrorMessage(errors.get("reason"));
        }
        var other = errors.entrySet().stream().filter(e -> !e.getKey().equals("extraAttempts") && !e.getKey().equals("reason"))
                .map(java.util.Map.Entry::getValue).toList();
        if (!other.isEmpty()) {
            problem.setText(String.join(" ", other));
            problem.setVisible(true);
        }
    }
}
