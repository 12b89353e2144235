package app.stepwise.studio;

import app.stepwise.certification.RefresherImpact;
import app.stepwise.content.ChangeClass;

/**
 * What publishing a draft would do, for the trainer to decide on before publishing.
 *
 * @param moduleKey        the module
 * @param nextVersion      the version publishing would create
 * @param suggested        the importer's suggested change class; {@code null} for a first version
 * @param changeSummary    what changed since the current version; empty for a first version
 * @param unchanged        the text equals the current version: there is nothing to publish
 * @param errors           validation errors that block publishing
 * @param ifMaterial       who gets a refresher if the trainer calls the change material
 * @param inProgress       people who started the current version and will get the new one
 */
public record PublishPlan(String moduleKey, int nextVersion, ChangeClass suggested, String changeSummary,
                          boolean unchanged, long errors, RefresherImpact ifMaterial, long inProgress) {

    public boolean firstVersion() {
        return nextVersion == 1;
    }

    public boolean publishable() {
        return errors == 0 && !unchanged;
    }
}
