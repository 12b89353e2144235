package app.stepwise.content.internal.importing;

import app.stepwise.content.ChangeClass;
import app.stepwise.content.ContentParser;
import app.stepwise.content.ImportOutcome;
import app.stepwise.content.ImportedDocument;
import app.stepwise.content.ModuleVersionPublished;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Problem;
import app.stepwise.content.RoleChanged;
import app.stepwise.content.RoleDefinition;
import app.stepwise.content.SourceFile;
import app.stepwise.content.VersionDiff;
import app.stepwise.content.internal.store.ContentAssetEntity;
import app.stepwise.content.internal.store.ContentAssetRepository;
import app.stepwise.content.internal.store.ContentRoleEntity;
import app.stepwise.content.internal.store.ContentRoleRepository;
import app.stepwise.content.internal.store.ModuleVersionEntity;
import app.stepwise.content.internal.store.ModuleVersionRepository;
import app.stepwise.content.internal.store.ProcessModuleEntity;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import app.stepwise.content.internal.store.RoleVersionEntity;
import app.stepwise.content.internal.store.RoleVersionRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Stores one validated document inside the caller's transaction. */
@Component
class DocumentStore {
    private final ContentParser parser = new ContentParser();
    private final ProcessModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final ContentRoleRepository roles;
    private final ContentAssetRepository assets;
    private final RoleVersionRepository roleVersions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentStore(ProcessModuleRepository modules, ModuleVersionRepository versions, ContentRoleRepository roles,
                  ContentAssetRepository assets, RoleVersionRepository roleVersions, ApplicationEventPublisher events,
                  Clock clock) {
        this.roleVersions = roleVersions;
        this.assets = assets;
        this.modules = modules;
        this.versions = versions;
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    /** The stored modules among these ids, fetched in one query for a whole chunk of documents. */
    java.util.Map<String, ProcessModuleEntity> existing(java.util.Collection<String> ids) {
        var byKey = new java.util.HashMap<String, ProcessModuleEntity>();
        modules.findByKeyIn(ids).forEach(module -> byKey.put(module.getKey(), module));
        return byKey;
    }

    ImportedDocument module(ProcessDoc doc, ProcessModuleEntity module, String actor, List<Problem> warnings) {
        return module(doc, module, actor, warnings, null);
    }

    /** As above, with a trainer's decision on the change class ({@code null}: the suggestion stands). */
    ImportedDocument module(ProcessDoc doc, ProcessModuleEntity module, String actor, List<Problem> warnings,
                            ChangeClass decided) {
        if (module == null) {
            return publish(new ProcessModuleEntity(doc.id(), clock.instant()), doc, actor, null, null, null, warnings);
        }
        var current = versions.findByModuleIdAndNumber(module.getId(), module.getCurrentVersion()).orElseThrow();
        if (current.getContentHash().equals(doc.contentHash().value())) {
            return result(doc, ImportOutcome.UNCHANGED, module.getCurrentVersion(), null, null, warnings);
        }
        var previous = parser.parse(current.toSourceFile());
        var diff = previous.module().map(old -> VersionDiff.between(old, doc)).orElse(null);
        // Whitespace-only changes get a version (the source differs) but mean nothing to learners.
        ChangeClass suggested = diff == null ? ChangeClass.MATERIAL
                : diff.changeClass() == ChangeClass.NONE ? ChangeClass.MINOR : diff.changeClass();
        return publish(module, doc, actor, suggested, decided,
                diff == null ? "previous version unreadable" : ChangeSummaries.of(diff), warnings);
    }

    private ImportedDocument publish(ProcessModuleEntity module, ProcessDoc doc, String actor, ChangeClass suggested,
                                     ChangeClass decided, String summary, List<Problem> warnings) {
        int number = module.getCurrentVersion() + 1;
        var metadata = doc.metadata();
        module.publish(number, doc.title(), metadata.owner().orElse(null),
                metadata.estimateMinutes().isPresent() ? metadata.estimateMinutes().getAsInt() : null,
                metadata.tags(), metadata.prerequisites(), metadata.roles(), doc.path(), clock.instant());
        module = modules.save(module);
        var version = new ModuleVersionEntity(module.getId(), number, doc.contentHash().value(), doc.source(), doc.path(),
                doc.title(), metadata.versionNote().orElse(null), doc.steps().size(), doc.questions().size(),
                doc.practiceTasks().size(), clock.instant(), actor);
        version.classify(suggested, summary);
        if (suggested != null && decided != null) {
            version.decideChangeClass(decided); // before the event, so listeners see the decision, never the suggestion
        }
        ChangeClass changeClass = version.getChangeClass();
        versions.save(version);
        events.publishEvent(new ModuleVersionPublished(doc.id(), number, changeClass, doc.title()));
        return result(doc, number == 1 ? ImportOutcome.NEW : ImportOutcome.UPDATED, number, changeClass, summary, warnings);
    }

    ImportedDocument image(SourceFile file) {
        // Hash the hex form: ContentHash reads text, and binary bytes are not UTF-8.
        String hash = app.stepwise.content.ContentHash.of(java.util.HexFormat.of().formatHex(file.bytes())).value();
        var stored = assets.findByPath(file.path()).orElse(null);
        if (stored != null && stored.getContentHash().equals(hash)) {
            return new ImportedDocument(file.path(), null, false, ImportOutcome.UNCHANGED, null, null, "image", List.of());
        }
        var asset = stored == null ? new ContentAssetEntity(file.path()) : stored;
        asset.store(app.stepwise.content.ContentAssets.mediaTypeOf(file.path()).orElseThrow(), file.bytes(), hash, clock.instant());
        assets.save(asset);
        return new ImportedDocument(file.path(), null, false, stored == null ? ImportOutcome.NEW : ImportOutcome.UPDATED,
                null, null, "image", List.of());
    }

    /**
     * Stores a changed role as its next version, with who changed it, an optional note and what changed, and
     * tells other modules which required modules came or went.
     */
    ImportedDocument role(RoleDefinition role, String source, String actor, String note, List<Problem> warnings) {
        var stored = roles.findByKey(role.id()).orElse(null);
        if (stored != null && stored.getContentHash().equals(role.contentHash().value())) {
            return new ImportedDocument(role.path(), role.id(), true, ImportOutcome.UNCHANGED, stored.getCurrentVersion(),
                    null, null, warnings);
        }
        var before = stored == null ? null : parser.parse(new SourceFile(stored.getSourcePath(),
                stored.getSource().getBytes(java.nio.charset.StandardCharsets.UTF_8))).role().orElse(null);
        String summary = before == null ? null : RoleChanges.summary(before, role);
        var entity = stored == null ? new ContentRoleEntity(role.id(), clock.instant()) : stored;
        int number = entity.define(role.title(), source, role.path(), role.contentHash().value(), clock.instant());
        roles.save(entity);
        roleVersions.save(new RoleVersionEntity(role.id(), number, source, role.contentHash().value(), summary, note,
                actor, clock.instant()));
        var previouslyRequired = before == null ? List.<String>of() : before.requiredModules();
        events.publishEvent(new RoleChanged(role.id(), number, role.requiredModules(),
                RoleChanges.added(previouslyRequired, role.requiredModules()),
                RoleChanges.added(role.requiredModules(), previouslyRequired)));
        return new ImportedDocument(role.path(), role.id(), true, stored == null ? ImportOutcome.NEW : ImportOutcome.UPDATED,
                number, null, summary, warnings);
    }

    private static ImportedDocument result(ProcessDoc doc, ImportOutcome outcome, int version, ChangeClass changeClass,
                                           String summary, List<Problem> warnings) {
        return new ImportedDocument(doc.path(), doc.id(), false, outcome, version, changeClass, summary, warnings);
    }
}
