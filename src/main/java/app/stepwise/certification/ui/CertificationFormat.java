package app.stepwise.certification.ui;

import app.stepwise.certification.CertificationStatus;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and status badges shared by the certification views. */
final class CertificationFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CertificationFormat() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    static Span badge(CertificationStatus status) {
        var badge = new Span(status.label());
        badge.getElement().getThemeList().add(switch (status) {
            case VALID -> "badge success";
            case LAPSED -> "badge contrast";
            case REVOKED -> "badge error";
        });
        badge.addClassName("certification-status");
        return badge;
    }
}
