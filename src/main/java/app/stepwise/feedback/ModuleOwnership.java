package app.stepwise.feedback;

import java.util.Locale;

/**
 * Who owns a module. A module's {@code owner} front matter is free text ("Dana Whitfield, Support Lead"):
 * a person owns the module when that text is their email, or its part before the first comma is their
 * name, both ignoring case and surrounding spaces (see docs/content-format.md).
 */
final class ModuleOwnership {
    private ModuleOwnership() {
    }

    static boolean owns(String ownerText, String displayName, String email) {
        if (ownerText == null || ownerText.isBlank()) {
            return false;
        }
        String owner = normalised(ownerText);
        if (email != null && !email.isBlank() && owner.equals(normalised(email))) {
            return true;
        }
        String ownerName = normalised(owner.split(",", 2)[0]);
        return displayName != null && !ownerName.isEmpty() && ownerName.equals(normalised(displayName));
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
