package app.stepwise.studio.ui;

import app.stepwise.content.ChangeClass;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.studio.ApprovalRequest;
import app.stepwise.studio.PublishPlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableBiConsumer;

/**
 * Publishing (or asking for, or giving, a second trainer's approval): what changed, the suggested change class
 * and the trainer's choice, whom it reaches (as the certification and course modules count it now), and the
 * version note learners see.
 */
class PublishDialog extends Dialog {
    private final RadioButtonGroup<ChangeClass> changeClass = new RadioButtonGroup<>("This change is");
    private final TextArea note = new TextArea("Version note");
    private final Paragraph impact = new Paragraph();
    private final Paragraph error = new Paragraph();

    /**
     * @param confirmLabel "Publish", "Ask for approval" or "Approve and publish"
     * @param action       acts with the note and the chosen class (null for a first version); its
     *                     {@link InvalidInputException} is shown here, else the dialog closes
     */
    PublishDialog(PublishPlan plan, String confirmLabel, SerializableBiConsumer<String, ChangeClass> action) {
        setHeaderTitle(confirmLabel + ": version " + plan.nextVersion());
        setId("publish-dialog");
        setWidth("min(40rem, 100vw)");
        impact.setId("publish-impact");
        impact.addClassName("callout");
        error.setId("publish-error");
        error.addClassNames("callout", "callout-error");
        error.setVisible(false);
        note.setId("publish-note");
        note.setWidthFull();
        note.setMaxLength(1000);
        if (plan.firstVersion()) {
            note.setValue("First published version.");
        } else {
            var summary = new Paragraph("Changes since version " + (plan.nextVersion() - 1) + ": " + plan.changeSummary() + ".");
            summary.setId("publish-summary");
            changeClass.setId("publish-change-class");
            changeClass.setItems(ChangeClass.MATERIAL, ChangeClass.MINOR);
            changeClass.setItemLabelGenerator(c -> c == ChangeClass.MATERIAL
                    ? "Material: steps, quiz or practice changed; certified people redo the module"
                    : "Minor: wording only; nobody redoes anything");
            changeClass.setHelperText("Suggested from the changes: " + plan.suggested().name().toLowerCase(java.util.Locale.ROOT)
                    + ". You decide.");
            changeClass.setValue(plan.suggested());
            changeClass.addValueChangeListener(e -> impact.setText(ImpactText.of(plan, e.getValue())));
            note.setHelperText("Learners see it above the module, e.g. \"Discounts above 15% now need the sales lead.\"");
            add(summary, changeClass);
        }
        impact.setText(ImpactText.of(plan, changeClass.getValue()));
        add(impact, note, error);
        getFooter().add(new Button("Cancel", e -> close()), button(confirmLabel, "confirm-publish", plan, action));
        getFooter().getElement().getStyle().set("flex-wrap", "wrap");
    }

    /** A second way to act, before the main one (e.g. asking another trainer first, where nobody has to). */
    PublishDialog alternative(String label, SerializableBiConsumer<String, ChangeClass> action, PublishPlan plan) {
        var button = button(label, "request-approval", plan, action);
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().addComponentAtIndex(1, button);
        return this;
    }

    private Button button(String label, String id, PublishPlan plan, SerializableBiConsumer<String, ChangeClass> action) {
        var button = new Button(label, e -> confirm(plan, action));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }

    /** For the approver: the requester's note and class, shown, not to be changed. */
    PublishDialog asRequested(ApprovalRequest request) {
        note.setValue(request.note());
        note.setReadOnly(true);
        if (request.changeClass() != null) {
            changeClass.setValue(request.changeClass());
            changeClass.setReadOnly(true);
            changeClass.setHelperText(request.requestedBy() + " decided.");
        }
        return this;
    }

    private void confirm(PublishPlan plan, SerializableBiConsumer<String, ChangeClass> action) {
        try {
            action.accept(note.getValue(), plan.firstVersion() ? null : changeClass.getValue());
            close();
        } catch (InvalidInputException invalid) {
            error.setText(invalid.getMessage());
            error.setVisible(true);
        }
    }
}
