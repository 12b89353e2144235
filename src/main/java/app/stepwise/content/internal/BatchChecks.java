package app.stepwise.content.internal;

import app.stepwise.content.KnownContent;
import app.stepwise.content.ParsedContent;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.RoleDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that need the whole batch (and the library): duplicate ids, references to unknown modules and roles, and
 * prerequisite cycles. Each problem goes to the file that has the mistake, at the line of the offending id.
 */
public final class BatchChecks {

    private final List<ParsedFile> files;
    private final KnownContent known;
    private final Map<String, List<ParsedFile>> modulesById = new LinkedHashMap<>();
    private final Map<String, List<ParsedFile>> rolesById = new LinkedHashMap<>();
    private final Set<String> modulesWithErrors = new HashSet<>();
    private final Set<String> rolesWithErrors = new HashSet<>();

    public BatchChecks(List<ParsedFile> files, KnownContent known) {
        this.files = files;
        this.known = known;
        for (ParsedFile file : files) {
            file.content().ifPresent(content -> index(file, content));
        }
    }

    public void run() {
        reportDuplicates(modulesById, "module");
        reportDuplicates(rolesById, "role");
        for (ParsedFile file : files) {
            switch (file.content().orElse(null)) {
                case ProcessDoc module -> checkModuleReferences(file, module);
                case RoleDefinition role -> checkRoleReferences(file, role);
                case null -> { }
            }
        }
        new PrerequisiteCycles(prerequisiteGraph(), modulesById).report();
    }

    private void index(ParsedFile file, ParsedContent content) {
        boolean hasErrors = file.problems().hasErrors();
        if (content instanceof ProcessDoc) {
            modulesById.computeIfAbsent(content.id(), id -> new ArrayList<>()).add(file);
            if (hasErrors) {
                modulesWithErrors.add(content.id());
            }
        } else {
            rolesById.computeIfAbsent(content.id(), id -> new ArrayList<>()).add(file);
            if (hasErrors) {
                rolesWithErrors.add(content.id());
            }
        }
    }

    private void reportDuplicates(Map<String, List<ParsedFile>> byId, String kind) {
        byId.forEach((id, owners) -> {
            if (owners.size() < 2) {
                return;
            }
            for (ParsedFile owner : owners) {
                String others = owners.stream().filter(other -> other != owner)
                        .map(other -> other.path() + " (line " + other.frontMatter().frontMatter().keyPosition("id")
                                .line() + ")")
                        .collect(Collectors.joining(", "));
                owner.problems().error(owner.frontMatter().frontMatter().keyPosition("id"), "The " + kind + " id '"
                        + id + "' is also used by " + others + ". Each " + kind + " needs its own id.");
            }
        });
    }

    private void checkModuleReferences(ParsedFile file, ProcessDoc module) {
        References references = new References(file);
        module.metadata().roles().forEach(role -> references.check("roles", role, rolesById.keySet(),
                known.roleIds(), rolesWithErrors, "role"));
        module.metadata().prerequisites().forEach(id -> references.check("prerequisites", id,
                modulesById.keySet(), known.moduleIds(), modulesWithErrors, "module"));
    }

    private void checkRoleReferences(ParsedFile file, RoleDefinition role) {
        References references = new References(file);
        role.requiredModules().forEach(id -> references.check("required", id, modulesById.keySet(),
                known.moduleIds(), modulesWithErrors, "module"));
        role.optionalModules().forEach(id -> references.check("optional", id, modulesById.keySet(),
                known.moduleIds(), modulesWithErrors, "module"));
        role.nextRoles().forEach(id -> references.check("next-roles", id, rolesById.keySet(), known.roleIds(),
                rolesWithErrors, "role"));
    }

    /** Stored prerequisites, replaced by the batch's for modules the batch brings a new version of. */
    private Map<String, List<String>> prerequisiteGraph() {
        Map<String, List<String>> graph = new HashMap<>(known.modulePrerequisites());
        modulesById.forEach((id, owners) -> owners.forEach(owner -> owner.content()
                .map(ProcessDoc.class::cast)
                .ifPresent(module -> graph.put(id, module.metadata().prerequisites()))));
        return graph;
    }

    /** Reports one reference that points nowhere, or (as a warning) into a file that will not be imported. */
    private record References(ParsedFile file) {

        void check(String key, String id, Set<String> inBatch, Set<String> inLibrary, Set<String> brokenInBatch,
                String kind) {
            Position at = file.frontMatter().itemPosition(key, id);
            if (inLibrary.contains(id) || (inBatch.contains(id) && !brokenInBatch.contains(id))) {
                return;
            }
            if (inBatch.contains(id)) {
                file.problems().warning(at, "The " + kind + " '" + id + "' in '" + key + "' has errors in its own "
                        + "file, so it will not be imported until those are fixed.");
                return;
            }
            file.problems().error(at, "Unknown " + kind + " '" + id + "' in '" + key + "': no " + kind + " with "
                    + "this id is in this upload or in the library. Check the spelling, or add the " + kind + ".");
        }
    }
}
