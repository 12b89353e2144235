package app.stepwise.content;

import java.time.Period;
import java.util.List;

/**
 * A role file under {@code roles/}: what someone in the role must learn, and where they can go next.
 *
 * @param path                  the file, relative to the content root
 * @param id                    front-matter {@code id}, else the file name as a slug ({@code roles/sales-rep.md} ->
 *                              {@code sales-rep})
 * @param title                 front-matter title, else the first heading, else the file name
 * @param descriptionMarkdown   front-matter {@code description}, else the body without a leading {@code #} heading
 * @param requiredModules       module ids in the order they should be learnt
 * @param optionalModules       module ids
 * @param certificationValidity how long a certification lasts (default 12 months)
 * @param gracePeriod           how long after expiry a refresher may still be done (default 30 days)
 * @param nextRoles             role ids of promotion paths
 * @param contentHash           hash of the normalised source
 */
public record RoleDefinition(
        String path,
        String id,
        String title,
        String descriptionMarkdown,
        List<String> requiredModules,
        List<String> optionalModules,
        Period certificationValidity,
        Period gracePeriod,
        List<String> nextRoles,
        ContentHash contentHash) implements ParsedContent {

    public static final Period DEFAULT_CERTIFICATION_VALIDITY = Period.ofMonths(12);
    public static final Period DEFAULT_GRACE_PERIOD = Period.ofDays(30);

    public RoleDefinition {
        requiredModules = List.copyOf(requiredModules);
        optionalModules = List.copyOf(optionalModules);
        nextRoles = List.copyOf(nextRoles);
    }
}
