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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/** Grants a person held back by a quiz's attempt limit or cooldown extra attempts, with a reason they are told. */
class GrantAttemptsDialog extends Dialog {
    private final IntegerField extra = new IntegerField("Extra attempts");
    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();
    private static final DateTimeFormatter WAIT_ENDS = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault()); // as the quiz page tells the learner

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
        var standing = new Paragraph(heldBack(personName, quiz));
        standing.setId("grant-standing");
        add(standing, extra, reason, problem);
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

    /** Why the person may not start the quiz now, told to the one who may grant (the quiz's own reason speaks to the learner). */
    static String heldBack(String personName, QuizOverview quiz) {
        if (quiz.attemptsLeft().orElse(1) == 0) {
            int limit = quiz.attemptLimit().getAsInt();
            return personName + (limit == 1 ? " has used their only attempt" : " has used all " + limit + " attempts")
                    + " at this quiz" + (quiz.extraAttempts() == 0 ? "" : ", " + quiz.extraAttempts() + " of them granted") + ".";
        }
        return quiz.nextAttemptAt().map(at -> personName + " has to wait until " + WAIT_ENDS.format(at)
                + " before the next attempt; a grant ends the wait.").orElse(quiz.blockedReason().orElse(""));
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
