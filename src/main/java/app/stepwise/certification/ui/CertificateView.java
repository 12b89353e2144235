package app.stepwise.certification.ui;

import app.stepwise.certification.Certification;
import app.stepwise.certification.CertificationService;
import app.stepwise.certification.CertificationStatus;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.TreeMap;

/** One certificate: who, which role, since and until when, its verification code, the PDF, and revocation. */
@Route("certificate")
@PageTitle("Certificate")
@PermitAll
public class CertificateView extends Div implements HasUrlParameter<Long> {
    private final transient CertificationService certifications;

    public CertificateView(CertificationService certifications) {
        this.certifications = certifications;
        addClassNames("page", "certificate-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(certifications.get(id));
        } catch (InvalidInputException notThere) {
            throw new NotFoundException(); // someone else's certificate looks exactly like a missing one
        }
    }

    private void show(Certification certification) {
        removeAll();
        var heading = new H2(certification.roleTitle());
        heading.setId("certificate-role");
        var person = new Paragraph(certification.personName());
        person.setId("certificate-person");
        var status = CertificationFormat.badge(certification.status());
        status.setId("certificate-status");
        var facts = new Paragraph("Granted " + CertificationFormat.day(certification.grantedAt()) + " · valid until "
                + CertificationFormat.day(certification.validUntil()));
        facts.setId("certificate-validity");
        var card = new Div(new Div(heading, status), person, facts);
        card.addClassNames("card", "certificate-sheet");
        if (certification.status() != CertificationStatus.VALID) {
            var note = new Paragraph(certification.note());
            note.addClassNames("callout");
            card.add(note);
        }
        var code = new Span(certification.verificationCode());
        code.addClassName("verification-code");
        code.setId("verification-code");
        var verify = new Anchor("verify/" + certification.verificationCode(), "Public verification page");
        verify.setId("verify-link");
        card.add(new Paragraph(new Span("Verification code: "), code), verify);
        var modules = new Paragraph("Rests on: " + String.join(", ", new TreeMap<>(certification.moduleVersions()).entrySet()
                .stream().map(e -> e.getKey() + " v" + e.getValue()).toList()));
        modules.addClassName("subtitle");
        card.add(modules);
        add(card, actions(certification));
    }

    private Div actions(Certification certification) {
        long id = certification.id();
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = certifications.certificatePdf(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "certificate-" + certification.roleId() + ".pdf",
                    "application/pdf", bytes.length);
        }), "Download PDF");
        pdf.addClassName("button-link");
        pdf.setId("download-pdf");
        var actions = new Div(pdf);
        actions.addClassName("certificate-actions");
        var me = CurrentPerson.require();
        if ((me.has(Authority.TRAINER) || me.has(Authority.ADMIN)) && certification.status() != CertificationStatus.REVOKED) {
            var revoke = new Button("Revoke…", e -> new RevokeDialog(certifications, certification, this::show).open());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke");
            actions.add(revoke);
        }
        return actions;
    }
}
