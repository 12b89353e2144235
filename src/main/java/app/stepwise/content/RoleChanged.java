package app.stepwise.content;

import java.util.List;

/** A role got a new version (import or role editor); the modules it now requires, and those added or dropped. */
public record RoleChanged(String roleId, int version, List<String> requiredModules, List<String> requiredAdded,
                          List<String> requiredRemoved) {
    public RoleChanged {
        requiredModules = List.copyOf(requiredModules);
        requiredAdded = List.copyOf(requiredAdded);
        requiredRemoved = List.copyOf(requiredRemoved);
    }
}
