package app.stepwise.reporting.internal;

import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleShape;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.RoleOutline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roles as the summary counts them: each role's required modules that exist, at their current versions,
 * with whether they have a quiz. Read from the curriculum in three queries.
 */
public final class RoleCatalog {
    private final Map<String, RoleOutline> roles = new HashMap<>();
    private final Map<String, ModuleSummary> modules;
    private final Map<String, ModuleShape> shapes;
    private final Map<String, List<String>> required = new HashMap<>();
    private final Set<String> allRequired = new LinkedHashSet<>();
    private final Map<String, String> fingerprints = new HashMap<>();

    RoleCatalog(List<RoleOutline> roles, Map<String, ModuleSummary> modules, Map<String, ModuleShape> shapes) {
        this.modules = modules;
        this.shapes = shapes;
        for (var role : roles) {
            this.roles.put(role.id(), role);
            var existing = role.requiredModules().stream().filter(id -> modules.containsKey(id) && shapes.containsKey(id)).toList();
            required.put(role.id(), existing);
            allRequired.addAll(existing);
            fingerprints.put(role.id(), fingerprint(role.title(), existing));
        }
    }

    public static RoleCatalog read(Curriculum curriculum) {
        var roles = curriculum.roles();
        var required = new LinkedHashSet<String>();
        roles.forEach(role -> required.addAll(role.requiredModules()));
        return new RoleCatalog(roles, curriculum.modules(required), curriculum.shapes(required));
    }

    /** The role's required modules that exist (a role may name a module not imported yet), in order. */
    public List<String> requiredModules(String roleId) {
        return required.getOrDefault(roleId, List.of());
    }

    /** Every module some role requires and that exists. */
    public Set<String> allRequiredModules() {
        return java.util.Collections.unmodifiableSet(allRequired);
    }

    public int currentVersion(String moduleId) {
        return modules.get(moduleId).currentVersion();
    }

    public boolean hasQuiz(String moduleId) {
        return shapes.get(moduleId).hasQuiz();
    }

    /** The roles that require the module. */
    public Set<String> rolesRequiring(String moduleId) {
        var requiring = new LinkedHashSet<String>();
        roles.values().stream().filter(role -> role.requiredModules().contains(moduleId)).forEach(role -> requiring.add(role.id()));
        return requiring;
    }

    public String title(String roleId) {
        var role = roles.get(roleId);
        return role == null ? roleId : role.title();
    }

    /**
     * Changes when the role's title, counted modules or their current versions change: its rows must then be
     * computed again. A role that no longer exists has none.
     */
    public Optional<String> fingerprint(String roleId) {
        return Optional.ofNullable(fingerprints.get(roleId));
    }

    private String fingerprint(String title, List<String> moduleIds) {
        String basis = title + "\n" + String.join(",", moduleIds.stream().map(id -> id + "@" + currentVersion(id)).toList());
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
