package app.stepwise.content.internal.importing;

import app.stepwise.content.RoleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of a role, in one line a trainer or auditor can read. */
final class RoleChanges {
    private RoleChanges() {
    }

    static String summary(RoleDefinition before, RoleDefinition after) {
        var parts = new ArrayList<String>();
        listChange("required", before.requiredModules(), after.requiredModules(), true, parts);
        listChange("optional", before.optionalModules(), after.optionalModules(), false, parts);
        listChange("next roles", before.nextRoles(), after.nextRoles(), false, parts);
        if (!before.certificationValidity().equals(after.certificationValidity())) {
            parts.add("validity " + before.certificationValidity() + " → " + after.certificationValidity());
        }
        if (!before.gracePeriod().equals(after.gracePeriod())) {
            parts.add("grace period " + before.gracePeriod() + " → " + after.gracePeriod());
        }
        if (!before.title().equals(after.title())) {
            parts.add("title \"" + before.title() + "\" → \"" + after.title() + "\"");
        }
        if (!Objects.equals(before.descriptionMarkdown().strip(), after.descriptionMarkdown().strip())) {
            parts.add("description edited");
        }
        return parts.isEmpty() ? "wording only" : String.join("; ", parts);
    }

    static List<String> added(List<String> before, List<String> after) {
        return after.stream().filter(id -> !before.contains(id)).toList();
    }

    private static void listChange(String name, List<String> before, List<String> after, boolean ordered,
                                   List<String> parts) {
        var added = added(before, after);
        var removed = added(after, before);
        if (!added.isEmpty()) {
            parts.add(name + " + " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add(name + " − " + String.join(", ", removed));
        }
        var kept = before.stream().filter(after::contains).toList();
        if (ordered && added.isEmpty() && removed.isEmpty() && !kept.equals(after)) {
            parts.add(name + " reordered");
        }
    }
}
