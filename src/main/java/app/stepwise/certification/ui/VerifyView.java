package app.stepwise.certification.ui;

import app.stepwise.certification.CertificationService;
import app.stepwise.certification.Verification;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Public, signed out: whether the certificate behind a code is valid, lapsed or revoked, for which role and
 * until when. Nothing about the person, so a leaked code reveals no one.
 */
@Route(value = "verify", autoLayout = false)
@PageTitle("Verify a certificate · Stepwise")
@AnonymousAllowed
public class VerifyView extends Div implements HasUrlParameter<String> {
    private final transient CertificationService certifications;

    public VerifyView(CertificationService certifications) {
        this.certifications = certifications;
        addClassName("verify-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        var brand = new H1("Stepwise");
        brand.addClassName("verify-brand");
        var panel = new Div();
        panel.addClassNames("card", "verify-panel");
        panel.setId("verification");
        certifications.verify(code).ifPresentOrElse(v -> show(panel, v), () -> {
            var unknown = new H2("Unknown code");
            unknown.setId("verification-result");
            panel.add(unknown, new Paragraph("No certificate has this verification code. Check it against the certificate."));
        });
        add(brand, panel);
    }

    private static void show(Div panel, Verification verification) {
        var result = new H2(switch (verification.status()) {
            case VALID -> "This certificate is valid";
            case LAPSED -> "This certificate has lapsed";
            case REVOKED -> "This certificate was revoked";
        });
        result.setId("verification-result");
        result.addClassName("verification-" + verification.status().name().toLowerCase(java.util.Locale.ROOT));
        var role = new Paragraph("Role: " + verification.roleTitle());
        role.setId("verification-role");
        var until = new Paragraph((verification.status() == app.stepwise.certification.CertificationStatus.VALID
                ? "Valid until " : "Was valid until ") + CertificationFormat.day(verification.validUntil()));
        until.setId("verification-until");
        panel.add(result, role, until);
    }
}
