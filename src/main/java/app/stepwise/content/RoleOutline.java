package app.stepwise.content;

import java.time.Period;
import java.util.List;

/** A role's path as people see it: required modules in order, optional ones, and where it leads. */
public record RoleOutline(String id, String title, String descriptionHtml, List<String> requiredModules,
                          List<String> optionalModules, Period certificationValidity, List<String> nextRoles) {
}
