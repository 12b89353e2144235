package app.stepwise.content;

import app.stepwise.content.internal.importing.ChangeSummaries;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.content.internal.store.ModuleVersionRepository;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import app.stepwise.shared.Authority;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the trainer studio needs from the library: a module's current source, the stored ids a draft is
 * validated against (as an import would be), how a draft differs from the current version, and publishing
 * a draft through the importer, so versions, the audit log and {@link ModuleVersionPublished} are the same
 * as for any import.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class ModulePublishing {
    private final ContentParser parser = new ContentParser();
    private final ContentImporter importer;
    private final ProcessModuleRepository modules;
    private final ModuleVersionRepository versions;

    ModulePublishing(ContentImporter importer, ProcessModuleRepository modules, ModuleVersionRepository versions) {
        this.importer = importer;
        this.modules = modules;
        this.versions = versions;
    }

    public Optional<ModuleSource> currentSource(String moduleId) {
        return modules.findByKey(moduleId).flatMap(m -> versions.findByModuleIdAndNumber(m.getId(), m.getCurrentVersion()))
                .map(v -> new ModuleSource(moduleId, v.getNumber(), v.getSourcePath(), v.getSource(), v.getContentHash()));
    }

    /** The stored modules and roles, so a draft's roles and prerequisites are checked as on import. */
    public KnownContent knownContent() {
        return importer.knownContent();
    }

    /** How a valid draft differs from its module's current version; empty for a module not yet published. */
    public Optional<VersionChange> compareWithCurrent(ProcessDoc draft) {
        return currentSource(draft.id()).map(current -> {
            boolean unchanged = current.contentHash().equals(draft.contentHash().value());
            var diff = parser.parse(current.toSourceFile()).module().map(old -> VersionDiff.between(old, draft)).orElse(null);
            if (diff == null) {
                return new VersionChange(current.version(), null, ChangeClass.MATERIAL, "previous version unreadable", unchanged);
            }
            // As the importer: a whitespace-only change still makes a version, and means nothing to learners.
            var suggested = diff.changeClass() == ChangeClass.NONE ? ChangeClass.MINOR : diff.changeClass();
            return new VersionChange(current.version(), diff, suggested, ChangeSummaries.of(diff), unchanged);
        });
    }

    /**
     * Imports one module file with the trainer's classification ({@code null} keeps the suggestion; a first
     * version has none). Runs the importer's own transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport publish(SourceFile file, ChangeClass decided) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        return importer.importDecided(file, decided, actor, "studio " + file.path());
    }
}
