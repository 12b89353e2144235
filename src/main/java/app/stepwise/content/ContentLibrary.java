package app.stepwise.content;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.internal.store.ModuleVersionEntity;
import app.stepwise.content.internal.store.ModuleVersionRepository;
import app.stepwise.content.internal.store.ProcessModuleEntity;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.persistence.LikePatterns;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library of process modules and their version history, for the people who maintain it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "', '"
        + Authority.Names.MANAGER + "')")
public class ContentLibrary {
    private final ProcessModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ContentLibrary(ProcessModuleRepository modules, ModuleVersionRepository versions, AuditLog auditLog,
                   ApplicationEventPublisher events) {
        this.modules = modules;
        this.versions = versions;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Modules whose title, id, owner or tags contain the text, by title; {@code offset}/{@code limit} page them. */
    public List<ModuleSummary> find(String text, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("title", "key"));
        return modules.search(LikePatterns.containing(text), page).stream().map(ContentLibrary::summary).toList();
    }

    public long count(String text) {
        return modules.countMatching(LikePatterns.containing(text));
    }

    public Optional<ModuleSummary> module(String id) {
        return modules.findByKey(id).map(ContentLibrary::summary);
    }

    /** Newest first. */
    public List<ModuleVersionSummary> versions(String id) {
        return modules.findByKey(id).map(m -> versions.findByModuleIdOrderByNumberDesc(m.getId()).stream()
                .map(ContentLibrary::version).toList()).orElse(List.of());
    }

    /**
     * The trainer's decision whether a version's change is material (people certified on the older
     * version need a refresher) or minor. The first version has nothing to classify.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
    public ModuleVersionSummary decideChangeClass(String id, int number, ChangeClass decided) {
        if (decided != ChangeClass.MATERIAL && decided != ChangeClass.MINOR) {
            throw new InvalidInputException("changeClass", "Choose material or minor.");
        }
        var module = modules.findByKey(id).orElseThrow(() -> new InvalidInputException("module", "No module " + id + "."));
        var version = versions.findByModuleIdAndNumber(module.getId(), number)
                .orElseThrow(() -> new InvalidInputException("version", id + " has no version " + number + "."));
        if (number == 1) {
            throw new InvalidInputException("version", "The first version of a module has no change to classify.");
        }
        var before = version.getChangeClass();
        version.decideChangeClass(decided);
        auditLog.record("CHANGE_CLASS_DECIDED", id + " v" + number,
                "suggested " + version.getSuggestedChangeClass() + ", was " + before + ", now " + decided);
        events.publishEvent(new ChangeClassDecided(id, number, decided));
        return version(version);
    }


    private static ModuleSummary summary(ProcessModuleEntity m) {
        return new ModuleSummary(m.getKey(), m.getTitle(), m.getOwner(), m.getRoles().stream().sorted().toList(),
                m.getTags(), m.getEstimateMinutes(), m.getCurrentVersion(), m.getUpdatedAt(), m.getSourcePath());
    }

    private static ModuleVersionSummary version(ModuleVersionEntity v) {
        return new ModuleVersionSummary(v.getNumber(), v.getPublishedAt(), v.getPublishedBy(), v.getTitle(),
                v.getVersionNote(), v.getSuggestedChangeClass(), v.getChangeClass(), v.getChangeSummary(),
                v.getStepCount(), v.getQuestionCount(), v.getPracticeCount(), v.getContentHash());
    }
}
