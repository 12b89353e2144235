package app.stepwise.search.internal;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.RoleOutline;
import app.stepwise.search.SearchQuery;
import app.stepwise.search.SearchResults;
import app.stepwise.shared.SystemActor;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's index kept in step with the library: the current version of every module,
 * replaced whole when a new version is published, rebuilt from the database when needed. Reads the
 * library as {@link SystemActor}, since it runs after requests and at start, with nobody signed in.
 */
@Component
public class KnowledgeIndex {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);
    private static final int PAGE = 200;
    static final String REINDEXED = "SEARCH_REINDEXED";
    static final String AUDIT_SUBJECT = "search index";

    private final LuceneIndex index;
    private final SynonymStore synonyms;
    private final KnowledgeSearcher searcher = new KnowledgeSearcher();
    private final Curriculum curriculum;
    private final ContentLibrary library;
    private final AuditLog auditLog;
    private volatile Map<String, String> roleTitles = Map.of();

    KnowledgeIndex(Curriculum curriculum, ContentLibrary library, AuditLog auditLog,
                   @Value("${stepwise.search.index-dir:${stepwise.data-dir}/index}") Path indexDir,
                   @Value("${stepwise.search.synonyms-file:${stepwise.data-dir}/synonyms.txt}") Path synonymsFile,
                   @Value("${stepwise.search.read-only-when-locked:false}") boolean readOnlyWhenLocked) {
        this.curriculum = curriculum;
        this.library = library;
        this.auditLog = auditLog;
        this.index = LuceneIndex.open(indexDir, readOnlyWhenLocked);
        this.synonyms = new SynonymStore(synonymsFile);
        this.synonyms.load();
    }

    public SearchResults search(SearchQuery query, boolean withFacets) {
        return searcher.search(index, synonyms.synonyms(), query, withFacets, roleTitles);
    }

    /**
     * At start: rebuilds when the index was missing, unreadable or of another schema; otherwise brings
     * modules whose indexed version differs from the database up to date (changes lost in a crash).
     */
    public synchronized void synchronise() {
        refreshRoleTitles();
        if (index.isReadOnly()) {
            log.info("Search index {} is written by another Stepwise process; searching its last commit", index.path());
            return;
        }
        if (index.rebuildReason() != null) {
            int units = rebuild(AuditLog.SYSTEM, "at start, the index was " + index.rebuildReason());
            log.info("Search index rebuilt from the database ({}): {} entries", index.rebuildReason(), units);
            return;
        }
        int changed = reconcile();
        if (changed > 0) {
            log.info("Search index brought up to date: {} modules re-indexed or removed", changed);
        }
    }

    /**
     * Compares the version of each module in the index with the current version in the database,
     * re-indexes those that differ and removes those the database no longer has; the number changed.
     * Runs at start and every few minutes: another app node on the same database may have published a
     * version, whose event reaches only that node (each node keeps its own index).
     */
    public synchronized int reconcile() {
        if (index.isReadOnly()) {
            return 0;
        }
        refreshRoleTitles();
        var indexed = index.indexedVersions();
        var current = SystemActor.call(curriculum::currentVersions);
        int changed = 0;
        for (var module : current.entrySet()) {
            if (!module.getValue().equals(indexed.get(module.getKey()))) {
                update(module.getKey());
                changed++;
            }
        }
        for (String gone : indexed.keySet()) {
            if (!current.containsKey(gone)) {
                index.removeModule(gone);
                changed++;
            }
        }
        if (changed > 0) {
            index.commit();
        }
        return changed;
    }

    /**
     * Empties the index, fills it from the database and says so in the audit log; the number of units
     * indexed. {@code actor}: who for the audit log, null for the signed-in person; {@code occasion}: why.
     */
    public synchronized int rebuild(String actor, String occasion) {
        long started = System.nanoTime();
        int units = fill();
        String details = units + " entries of " + index.indexedVersions().size() + " modules in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, " + occasion;
        if (actor == null) {
            auditLog.record(REINDEXED, AUDIT_SUBJECT, details);
        } else {
            auditLog.record(actor, REINDEXED, AUDIT_SUBJECT, details, null);
        }
        return units;
    }

    private int fill() {
        refreshRoleTitles();
        int[] units = {0};
        index.refill(add -> {
            for (var batch : modulePages()) {
                for (ModuleSummary summary : batch) {
                    var moduleUnits = units(summary);
                    add.accept(moduleUnits);
                    units[0] += moduleUnits.size();
                }
            }
        });
        return units[0];
    }

    /** Indexes the module's current version in place of whatever was indexed for it. */
    public synchronized void update(String moduleId) {
        if (index.isReadOnly()) {
            log.info("Module {} changed; the Stepwise process that owns the search index picks it up at its next start", moduleId);
            return;
        }
        refreshRoleTitles();
        var summary = SystemActor.call(() -> curriculum.module(moduleId));
        if (summary.isEmpty()) {
            index.removeModule(moduleId);
            return;
        }
        index.replaceModule(moduleId, units(summary.get()));
    }

    /** True when another Stepwise process writes this index (this one only searches its last commit). */
    public boolean isReadOnly() {
        return index.isReadOnly();
    }

    public Map<String, String> roleTitles() {
        return roleTitles;
    }

    public int documentCount() {
        return index.documentCount();
    }

    /** Module id → the version the index holds for it. */
    public Map<String, Integer> indexedVersions() {
        return index.indexedVersions();
    }

    public String synonymsText() {
        return synonyms.text();
    }

    /** Validates and stores the synonym file; the number of phrases that now have synonyms. */
    public int saveSynonyms(String text) {
        return synonyms.save(text).size();
    }

    private List<IndexedUnit> units(ModuleSummary summary) {
        return SystemActor.call(() -> curriculum.reading(summary.id()))
                .map(reading -> ModuleUnits.of(summary, reading, roleTitles)).orElse(List.of());
    }

    private void refreshRoleTitles() {
        roleTitles = SystemActor.call(curriculum::roles).stream()
                .collect(Collectors.toUnmodifiableMap(RoleOutline::id, RoleOutline::title, (a, b) -> a));
    }

    private List<List<ModuleSummary>> modulePages() {
        var pages = new ArrayList<List<ModuleSummary>>();
        for (int offset = 0; ; offset += PAGE) {
            int from = offset;
            var page = SystemActor.call(() -> library.find(null, from, PAGE));
            if (page.isEmpty()) {
                return pages;
            }
            pages.add(page);
            if (page.size() < PAGE) {
                return pages;
            }
        }
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
