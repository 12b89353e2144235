package app.stepwise.content;

import app.stepwise.content.internal.store.ContentRoleRepository;
import app.stepwise.content.internal.store.ModuleVersionRepository;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in person may read: roles and their paths, module summaries, and the current
 * version of a module rendered for reading. Stored sources are parsed on demand (about a millisecond).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Curriculum {
    private final ContentParser parser = new ContentParser();
    private final ProcessModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final ContentRoleRepository roles;

    Curriculum(ProcessModuleRepository modules, ModuleVersionRepository versions, ContentRoleRepository roles) {
        this.modules = modules;
        this.versions = versions;
        this.roles = roles;
    }

    public List<RoleOutline> roles() {
        return roles.findAll().stream().map(r -> outline(r.getSource(), r.getKey())).flatMap(Optional::stream)
                .sorted(Comparator.comparing(RoleOutline::title)).toList();
    }

    public Optional<RoleOutline> role(String id) {
        return roles.findByKey(id).flatMap(r -> outline(r.getSource(), r.getKey()));
    }

    public Optional<ModuleSummary> module(String id) {
        return modules.findByKey(id).map(Curriculum::summary);
    }

    /** Several modules in one query (a role path), by id; ids without a module are left out. */
    public java.util.Map<String, ModuleSummary> modules(java.util.Collection<String> ids) {
        var byId = new java.util.HashMap<String, ModuleSummary>();
        modules.findByKeyIn(ids).forEach(m -> byId.put(m.getKey(), summary(m)));
        return byId;
    }

    /** Every module's id and current version number, in one query (the search index compares its own with these). */
    public java.util.Map<String, Integer> currentVersions() {
        var current = new java.util.HashMap<String, Integer>();
        modules.currentVersions().forEach(row -> current.put((String) row[0], ((Number) row[1]).intValue()));
        return current;
    }

    /** What the current versions of several modules ask of a learner, in one query; unknown ids are left out. */
    public java.util.Map<String, ModuleShape> shapes(java.util.Collection<String> ids) {
        var shapes = new java.util.HashMap<String, ModuleShape>();
        if (!ids.isEmpty()) {
            versions.currentShapes(ids).forEach(row -> shapes.put((String) row[0], new ModuleShape(
                    ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), ((Number) row[3]).intValue())));
        }
        return shapes;
    }

    private static ModuleSummary summary(app.stepwise.content.internal.store.ProcessModuleEntity m) {
        return new ModuleSummary(m.getKey(), m.getTitle(), m.getOwner(), m.getRoles().stream().sorted().toList(),
                m.getTags(), m.getEstimateMinutes(), m.getCurrentVersion(), m.getUpdatedAt(), m.getSourcePath());
    }

    public Optional<ModuleReading> reading(String id) {
        var module = modules.findByKey(id).orElse(null);
        if (module == null) {
            return Optional.empty();
        }
        var version = versions.findByModuleIdAndNumber(module.getId(), module.getCurrentVersion()).orElseThrow();
        return parser.parse(version.toSourceFile()).module().map(doc -> reading(doc, version.getNumber(), version.getVersionNote()));
    }

    /** The quiz of the current version, answers included (server-side scoring only); empty without questions. */
    public Optional<ModuleQuiz> quiz(String moduleId) {
        return modules.findByKey(moduleId).flatMap(m -> quiz(moduleId, m.getCurrentVersion()));
    }

    /** The quiz of a given version, answers included (server-side scoring only); empty without questions. */
    public Optional<ModuleQuiz> quiz(String moduleId, int version) {
        return doc(moduleId, version).filter(doc -> !doc.questions().isEmpty()).map(doc -> {
            var metadata = doc.metadata();
            return new ModuleQuiz(doc.id(), doc.title(), version, metadata.passMark(), metadata.maxAttempts(),
                    metadata.cooldown(), doc.questions(), doc.steps());
        });
    }

    /** What changed from an older version of a module to its current one (a refresher's "what changed"). */
    public Optional<VersionDiff> changesSince(String moduleId, int olderVersion) {
        return modules.findByKey(moduleId).flatMap(m -> doc(moduleId, olderVersion)
                .flatMap(older -> doc(moduleId, m.getCurrentVersion()).map(newer -> VersionDiff.between(older, newer))));
    }

    /** The practice tasks of the current version; empty when the module has none. */
    public Optional<ModulePractice> practice(String moduleId) {
        return modules.findByKey(moduleId).flatMap(m -> practice(moduleId, m.getCurrentVersion()));
    }

    /** The practice tasks of a given version; empty when the module or version has none. */
    public Optional<ModulePractice> practice(String moduleId, int version) {
        return doc(moduleId, version).filter(doc -> !doc.practiceTasks().isEmpty())
                .map(doc -> new ModulePractice(doc.id(), doc.title(), version, doc.practiceTasks().stream()
                        .map(task -> new ModulePractice.Task(task.number(), task.title(),
                                withServedImages(doc.path(), SafeHtmlRenderer.render(task.descriptionMarkdown())),
                                task.evidence(), task.signOff()))
                        .toList()));
    }

    private Optional<ProcessDoc> doc(String moduleId, int version) {
        return modules.findByKey(moduleId)
                .flatMap(module -> versions.findByModuleIdAndNumber(module.getId(), version))
                .flatMap(stored -> parser.parse(stored.toSourceFile()).module());
    }

    static ModuleReading reading(ProcessDoc doc, int version, String versionNote) {
        var rendered = SafeHtmlRenderer.renderModule(doc);
        var sections = rendered.sections().stream().filter(s -> s.kind() != SectionKind.STEPS)
                .map(s -> new RenderedSection(s.kind(), s.heading(), s.anchor(), withServedImages(doc.path(), s.html())))
                .toList();
        var steps = doc.steps().stream().map(step -> new ReadingStep(step.number(), step.anchor(),
                withServedImages(doc.path(), SafeHtmlRenderer.render(step.markdown())), step.text())).toList();
        var metadata = doc.metadata();
        return new ModuleReading(doc.id(), doc.title(), version, metadata.owner().orElse(null),
                metadata.estimateMinutes().isPresent() ? metadata.estimateMinutes().getAsInt() : null,
                metadata.prerequisites(), versionNote, sections, steps, doc.questions().size(), doc.practiceTasks().size());
    }

    /** Relative images point to the served copy; any other image is dropped rather than fetched. */
    static String withServedImages(String documentPath, String html) {
        if (!html.contains("<img")) {
            return html;
        }
        var body = Jsoup.parseBodyFragment(html).body();
        for (var image : body.select("img[src]")) {
            var url = ContentAssets.url(documentPath, image.attr("src"));
            if (url.isPresent()) {
                image.attr("src", url.get());
            } else {
                image.remove();
            }
        }
        return body.html();
    }

    private Optional<RoleOutline> outline(String source, String key) {
        return parser.parse(new SourceFile("roles/" + key + ".md", source.getBytes(StandardCharsets.UTF_8))).role()
                .map(role -> new RoleOutline(role.id(), role.title(), SafeHtmlRenderer.render(role.descriptionMarkdown()),
                        role.requiredModules(), role.optionalModules(), role.certificationValidity(), role.gracePeriod(),
                        role.nextRoles()));
    }
}
