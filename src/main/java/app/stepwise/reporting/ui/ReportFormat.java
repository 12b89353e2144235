package app.stepwise.reporting.ui;

import app.stepwise.certification.CertificationStatus;
import app.stepwise.course.ModuleStatus;
import app.stepwise.reporting.TeamRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, percentages and status badges shared by the reporting views. */
final class ReportFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ReportFormat() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date.atStartOfDay(ZoneOffset.UTC));
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static Span badge(String label, String theme) {
        var badge = new Span(label);
        badge.getElement().getThemeList().add("badge" + (theme.isEmpty() ? "" : " " + theme));
        return badge;
    }

    static Span badge(CertificationStatus status) {
        return badge(status.label(), switch (status) {
            case VALID -> "success";
            case LAPSED -> "contrast";
            case REVOKED -> "error";
        });
    }

    static Span badge(ModuleStatus status) {
        return badge(status.label(), switch (status) {
            case DONE -> "success";
            case PRACTICE_REJECTED -> "error";
            case NOT_STARTED -> "";
            default -> "contrast";
        });
    }

    /** Every state of a grid row worth a glance: certification, expiry, refresher, overdue, progress. */
    static Div badges(TeamRow row) {
        var badges = new Div();
        badges.addClassName("row-badges");
        if (row.certification() != null) {
            badges.add(badge(row.certification()));
        } else {
            badges.add(badge(row.startedModules() > 0 ? "In progress" : "Not started", ""));
        }
        if (row.expiring()) {
            badges.add(badge("Expires " + day(row.validUntil()), "warning"));
        }
        if (row.refresherDue()) {
            badges.add(badge("Refresher due " + day(row.refresherDueAt()), "warning"));
        }
        if (row.overdue()) {
            badges.add(badge("Overdue", "error"));
        }
        return badges;
    }
}
