package app.stepwise.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Modules and roles already in the library, so a single uploaded file can be checked against them. A module in the
 * batch with the same id as a stored one is its new version: the batch's prerequisites replace the stored ones.
 *
 * @param modulePrerequisites every stored module id with its prerequisites (an empty list when unknown or none);
 *                            used for unknown-prerequisite and cycle checks
 * @param roleIds             every stored role id
 */
public record KnownContent(Map<String, List<String>> modulePrerequisites, Set<String> roleIds) {

    public KnownContent {
        modulePrerequisites = Map.copyOf(modulePrerequisites);
        roleIds = Set.copyOf(roleIds);
    }

    public static KnownContent none() {
        return new KnownContent(Map.of(), Set.of());
    }

    /** Stored ids only, when their prerequisites are not at hand (cycles through stored modules then go unseen). */
    public static KnownContent ids(Set<String> moduleIds, Set<String> roleIds) {
        Map<String, List<String>> modules = new HashMap<>();
        moduleIds.forEach(id -> modules.put(id, List.of()));
        return new KnownContent(modules, roleIds);
    }

    public Set<String> moduleIds() {
        return modulePrerequisites.keySet();
    }
}
