package app.stepwise.content;

import app.stepwise.content.internal.store.ModuleVersionRepository;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step-by-step comparison of any two stored versions of a module, for the people who may read the library. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "', '"
        + Authority.Names.MANAGER + "')")
public class ModuleHistory {
    private final ContentParser parser = new ContentParser();
    private final ProcessModuleRepository modules;
    private final ModuleVersionRepository versions;

    ModuleHistory(ProcessModuleRepository modules, ModuleVersionRepository versions) {
        this.modules = modules;
        this.versions = versions;
    }

    /** What changed from version {@code from} to version {@code to}; either may be the older one. */
    public VersionDiff compare(String moduleId, int from, int to) {
        var module = modules.findByKey(moduleId)
                .orElseThrow(() -> new InvalidInputException("module", "There is no module '" + moduleId + "'."));
        return VersionDiff.between(doc(module.getId(), moduleId, from), doc(module.getId(), moduleId, to));
    }

    private ProcessDoc doc(long id, String moduleId, int version) {
        var stored = versions.findByModuleIdAndNumber(id, version)
                .orElseThrow(() -> new InvalidInputException("version", moduleId + " has no version " + version + "."));
        return parser.parse(stored.toSourceFile()).module().orElseThrow(() -> new InvalidInputException("version",
                "Version " + version + " of " + moduleId + " no longer parses, so it cannot be compared."));
    }
}
