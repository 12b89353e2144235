package app.stepwise.feedback.ui;

import app.stepwise.feedback.FlagKind;
import app.stepwise.feedback.FlagStatus;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How flags look wherever they are shown: status and kind badges, dates. */
final class FlagBadges {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private FlagBadges() {
    }

    static Span status(FlagStatus status) {
        var badge = new Span(status.label());
        badge.getElement().getThemeList().add(theme(status));
        badge.addClassName("flag-status");
        return badge;
    }

    static Span kind(FlagKind kind) {
        var badge = new Span(kind.label());
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("flag-kind");
        return badge;
    }

    /** The badge theme for a status: open neutral, accepted emphasised, fixed green, declined red. */
    static String theme(FlagStatus status) {
        return switch (status) {
            case OPEN -> "badge";
            case ACCEPTED -> "badge contrast";
            case FIXED -> "badge success";
            case DECLINED -> "badge error";
        };
    }
}
