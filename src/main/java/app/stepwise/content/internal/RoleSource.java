package app.stepwise.content.internal;

import app.stepwise.content.RoleForm;
import java.time.Period;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a role file in our format from the role editor's form, so an edited role is stored, versioned, exported
 * and re-imported exactly like one written by hand.
 */
public final class RoleSource {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RoleSource() {
    }

    public static String of(RoleForm form) {
        var text = new StringBuilder("---\n");
        text.append("id: ").append(form.id()).append('\n');
        // A JSON string is a valid YAML double-quoted scalar: quotes, colons and newlines in a title stay text.
        text.append("title: ").append(JSON.writeValueAsString(form.title().strip())).append('\n');
        text.append("certification-validity: ").append(period(form.certificationValidity())).append('\n');
        text.append("grace-period: ").append(period(form.gracePeriod())).append('\n');
        text.append("required: ").append(ids(form.requiredModules())).append('\n');
        text.append("optional: ").append(ids(form.optionalModules())).append('\n');
        text.append("next-roles: ").append(ids(form.nextRoles())).append('\n');
        text.append("---\n\n# ").append(form.title().strip().replace('\n', ' ')).append("\n\n");
        String description = form.descriptionMarkdown() == null ? "" : form.descriptionMarkdown().strip();
        if (!description.isEmpty()) {
            text.append(description).append('\n');
        }
        return text.toString();
    }

    /** In the single unit a role file uses: "90 days", "6 months", "1 year". */
    public static String period(Period period) {
        if (period.getDays() != 0 || period.isZero()) {
            return (period.toTotalMonths() == 0 ? period.getDays() : Math.round(period.toTotalMonths() * 30.44) + period.getDays())
                    + " days";
        }
        if (period.getMonths() == 0) {
            return period.getYears() + (period.getYears() == 1 ? " year" : " years");
        }
        return period.toTotalMonths() + " months";
    }

    private static String ids(List<String> ids) {
        // Ids are slugs (the parser refuses anything else), so a flow list needs no quoting; quote anyway so a
        // wrong id reaches the validator as text and gets its "unknown module" message.
        return ids.stream().map(JSON::writeValueAsString).toList().toString();
    }
}
