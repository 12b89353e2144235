package app.stepwise.content;

import java.time.Period;
import java.util.List;

/**
 * A role as the role editor shows it. Ids are module and role ids; {@code descriptionMarkdown} is the role's
 * description in our Markdown.
 */
public record RoleForm(String id, String title, String descriptionMarkdown, List<String> requiredModules,
                       List<String> optionalModules, Period certificationValidity, Period gracePeriod,
                       List<String> nextRoles) {
    public RoleForm {
        requiredModules = List.copyOf(requiredModules);
        optionalModules = List.copyOf(optionalModules);
        nextRoles = List.copyOf(nextRoles);
    }

    /** A blank role with the defaults a role file gets when it leaves them out. */
    public static RoleForm blank() {
        return new RoleForm("", "", "", List.of(), List.of(), RoleDefinition.DEFAULT_CERTIFICATION_VALIDITY,
                RoleDefinition.DEFAULT_GRACE_PERIOD, List.of());
    }

    static RoleForm of(RoleDefinition role) {
        return new RoleForm(role.id(), role.title(), role.descriptionMarkdown(), role.requiredModules(),
                role.optionalModules(), role.certificationValidity(), role.gracePeriod(), role.nextRoles());
    }
}
