package app.stepwise.certification.ui;

import app.stepwise.certification.Certification;
import app.stepwise.certification.CertificationService;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Trainers and admins revoke a certification with a reason the holder is told. */
class RevokeDialog extends Dialog {

    RevokeDialog(CertificationService certifications, Certification certification, Consumer<Certification> revoked) {
        setHeaderTitle("Revoke " + certification.roleTitle());
        setId("revoke-dialog");
        setWidth("min(520px, 100vw)");
        var reason = new TextArea("Reason");
        reason.setId("revoke-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setHelperText(certification.personName() + " is told this reason; it is kept in the audit log.");
        add(new Paragraph("The certificate will show as revoked, also on its public verification page."), reason);
        var confirm = new Button("Revoke", e -> {
            try {
                revoked.accept(certifications.revoke(certification.id(), reason.getValue()));
                close();
            } catch (InvalidInputException problem) {
                reason.setInvalid(true);
                reason.setErrorMessage(problem.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("revoke-confirm");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
