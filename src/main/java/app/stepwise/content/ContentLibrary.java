package app.stepwise.content;

import app.stepwise.content.internal.store.ModuleVersionEntity;
import app.stepwise.content.internal.store.ModuleVersionRepository;
import app.stepwise.content.internal.store.ProcessModuleEntity;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import app.stepwise.shared.Authority;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    ContentLibrary(ProcessModuleRepository modules, ModuleVersionRepository versions) {
        this.modules = modules;
        this.versions = versions;
    }

    /** Modules whose title, id, owner or tags contain the text, by title; {@code offset}/{@code limit} page them. */
    public List<ModuleSummary> find(String text, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("title", "key"));
        return modules.search(pattern(text), page).stream().map(ContentLibrary::summary).toList();
    }

    public long count(String text) {
        return modules.countMatching(pattern(text));
    }

    public Optional<ModuleSummary> module(String id) {
        return modules.findByKey(id).map(ContentLibrary::summary);
    }

    /** Newest first. */
    public List<ModuleVersionSummary> versions(String id) {
        return modules.findByKey(id).map(m -> versions.findByModuleIdOrderByNumberDesc(m.getId()).stream()
                .map(ContentLibrary::version).toList()).orElse(List.of());
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
