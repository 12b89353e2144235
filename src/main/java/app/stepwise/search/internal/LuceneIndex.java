package app.stepwise.search.internal;

import app.stepwise.shared.startup.StartupProblem;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index directory: one writer per directory (Lucene's native file lock keeps a second process out),
 * near-real-time searchers reopened after every change, commits every two seconds when something
 * changed. It is a cache of the database: when it is missing, unreadable or of another schema version
 * it is emptied and {@link #rebuildReason()} says why, so the caller fills it again.
 */
public final class LuceneIndex implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(TextAnalysis.ENGLISH,
            Map.of(IndexSchema.SPELL, TextAnalysis.WORDS));

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String rebuildReason;
    private final IndexDocuments documents = new IndexDocuments();
    private final FacetStates facetStates = new FacetStates();
    private final ScheduledExecutorService committer;
    private volatile boolean refilling;

    private LuceneIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers, String rebuildReason) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.rebuildReason = rebuildReason;
        this.committer = writer == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "search-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        if (committer != null) {
            committer.scheduleWithFixedDelay(this::commitQuietly, 2, 2, TimeUnit.SECONDS);
        }
    }

    /**
     * Opens the index for writing. {@code readOnlyWhenLocked}: when another process holds the write lock,
     * search its last commit instead of failing (the command-line search beside a running server).
     */
    public static LuceneIndex open(Path path, boolean readOnlyWhenLocked) {
        try {
            Files.createDirectories(path);
            var directory = FSDirectory.open(path);
            String reason = IndexCheck.problem(directory);
            try {
                if (reason != null) {
                    IndexCheck.empty(directory); // takes the write lock while deleting
                }
                var writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
                if (reason != null) {
                    writer.setLiveCommitData(schemaData().entrySet());
                    writer.commit();
                }
                return new LuceneIndex(path, directory, writer, new SearcherManager(writer, new SearcherFactory()), reason);
            } catch (LockObtainFailedException locked) {
                if (readOnlyWhenLocked && reason == null) {
                    return new LuceneIndex(path, directory, null, new SearcherManager(directory, new SearcherFactory()), null);
                }
                directory.close();
                throw new StartupProblem("The search index at " + path.toAbsolutePath() + " is in use by another Stepwise process.",
                        "Stop the other process, or give this one its own STEPWISE_DATA_DIR (or stepwise.search.index-dir).");
            }
        } catch (IOException e) {
            throw new StartupProblem("The search index at " + path.toAbsolutePath() + " cannot be opened: " + e.getMessage(),
                    "Check that the folder is writable, or point stepwise.search.index-dir at another folder.");
        }
    }

    static Map<String, String> schemaData() {
        return Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION);
    }

    /** Why the index was emptied at opening (missing, unreadable, another schema), or null when it was usable. */
    public String rebuildReason() {
        return rebuildReason;
    }

    public Path path() {
        return path;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    /** Replaces everything indexed for a module (superseded versions go) with these units, visible at once. */
    public void replaceModule(String moduleId, List<IndexedUnit> units) {
        write(() -> writer.updateDocuments(new Term(IndexSchema.MODULE, moduleId), units.stream().map(documents::of).toList()));
        refresh();
    }

    public void removeModule(String moduleId) {
        write(() -> writer.deleteDocuments(new Term(IndexSchema.MODULE, moduleId)));
        refresh();
    }

    /** Adds without deleting first (drafts, tests); call {@link #commit()} at the end. */
    public void add(List<IndexedUnit> units) {
        write(() -> writer.addDocuments(units.stream().map(documents::of).toList()));
    }

    /** Fills an emptied index: hands batches of units to {@code add}. */
    public interface Filler {
        void fill(Consumer<List<IndexedUnit>> add);
    }

    /**
     * Replaces the whole index with what the filler adds, merged into one segment, and commits. Merges
     * wait until the end (merging while filling would rewrite the same entries several times over), and
     * a rebuilt index changes rarely, so one segment, where each term is looked up once, pays off.
     */
    public void refill(Filler filler) {
        write(() -> {
            var merges = writer.getConfig().getMergePolicy();
            writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
            refilling = true; // no commits of half-filled states either: each would flush a small segment
            try {
                writer.deleteAll();
                filler.fill(this::add);
                writer.getConfig().setMergePolicy(merges);
                writer.forceMerge(1);
            } finally {
                writer.getConfig().setMergePolicy(merges);
                refilling = false;
            }
        });
        commit();
    }

    /** Makes changes durable and visible. */
    public void commit() {
        write(() -> {
            writer.setLiveCommitData(schemaData().entrySet());
            writer.commit();
        });
        refresh();
    }

    /** Module id → indexed version, read from the module documents. */
    public Map<String, Integer> indexedVersions() {
        return withSearcher(searcher -> {
            var versions = new HashMap<String, Integer>();
            var modules = searcher.search(new TermQuery(new Term(IndexSchema.KIND, IndexedUnit.Kind.MODULE.name())),
                    Math.max(1, searcher.getIndexReader().maxDoc()));
            var stored = searcher.storedFields();
            for (var hit : modules.scoreDocs) {
                var doc = stored.document(hit.doc, java.util.Set.of(IndexSchema.MODULE, IndexSchema.VERSION_NUMBER));
                versions.put(doc.get(IndexSchema.MODULE), doc.getField(IndexSchema.VERSION_NUMBER).numericValue().intValue());
            }
            return versions;
        });
    }

    public int documentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FacetStates facetStates() {
        return facetStates;
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IndexWork {
        void run() throws IOException;
    }

    private void write(IndexWork work) {
        if (writer == null) {
            throw new IllegalStateException("The search index is open read-only: another Stepwise process writes it.");
        }
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitQuietly() {
        try {
            if (!refilling && writer.hasUncommittedChanges()) {
                commit();
            }
        } catch (RuntimeException | Error e) {
            log.warn("Committing the search index failed; changes stay searchable and are retried: {}", e.toString());
        }
    }

    @Override
    public void close() {
        try {
            if (committer != null) {
                committer.shutdownNow();
            }
            if (writer != null && writer.isOpen()) {
                writer.setLiveCommitData(schemaData().entrySet());
                writer.commit();
            }
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            log.warn("Closing the search index failed: {}", e.toString());
        }
    }

    /** Reads the last commit's schema version; an unreadable index counts as a problem, not a crash. */
    static final class IndexCheck {
        private IndexCheck() {
        }

        static String problem(Directory directory) {
            try {
                if (!DirectoryReader.indexExists(directory)) {
                    return "no index yet";
                }
                String version = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexSchema.VERSION_KEY);
                if (!IndexSchema.VERSION.equals(version)) {
                    return "built by index schema " + version + ", this version uses " + IndexSchema.VERSION;
                }
                try (var reader = DirectoryReader.open(directory)) {
                    reader.numDocs();
                }
                return null;
            } catch (IOException | RuntimeException e) {
                return "unreadable (" + e.getClass().getSimpleName() + ")";
            }
        }

        /** Deletes every index file, holding the write lock so no other process is writing meanwhile. */
        static void empty(Directory directory) throws IOException {
            try (var ignored = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
        }
    }
}
