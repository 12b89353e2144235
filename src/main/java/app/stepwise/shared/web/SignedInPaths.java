package app.stepwise.shared.web;

import java.util.List;

/**
 * URL patterns a module serves outside Vaadin (downloads, images, APIs) that any signed-in person may
 * request. A module declares them as a bean; the security configuration allows them. Vaadin's own
 * configuration would otherwise deny paths it does not know.
 */
public record SignedInPaths(List<String> patterns) {
    public SignedInPaths {
        patterns = List.copyOf(patterns);
    }
}
