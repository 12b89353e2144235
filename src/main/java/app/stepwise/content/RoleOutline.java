package app.stepwise.content;

import java.time.Period;
import java.util.List;

/**
 * A role's path as people see it: required modules in order, optional ones, and where it leads.
 * {@code gracePeriod}: how long a certified person has to do a refresher after a required module changed materially.
 */
public record RoleOutline(String id, String title, String descriptionHtml, List<String> requiredModules,
                          List<String> optionalModules, Period certificationValidity, Period gracePeriod,
                          List<String> nextRoles) {
}
