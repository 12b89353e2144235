package app.stepwise.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.search.SearchQuery;
import app.stepwise.search.SearchTesting;
import app.stepwise.shared.startup.StartupProblem;
import app.stepwise.testing.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The index is a cache of the database: deleted, damaged or outdated, it is rebuilt at start. */
@IntegrationTest
class IndexLifecycleIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired KnowledgeIndex running;
    @Autowired Curriculum curriculum;
    @Autowired ContentLibrary library;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path folder;

    @BeforeEach
    void importSampleContent() {
        SearchTesting.importSampleContent(importer, running);
    }

    private KnowledgeIndex start() {
        var index = new KnowledgeIndex(curriculum, library, auditLog, folder.resolve("index"), folder.resolve("synonyms.txt"), false);
        index.synchronise();
        return index;
    }

    /** Every module of the library (other tests in this Spring context may have added some to the sample's 16). */
    private int libraryModules() {
        return app.stepwise.shared.SystemActor.call(() -> (int) library.count(""));
    }

    private static long hits(KnowledgeIndex index, String text) {
        return index.search(SearchQuery.of(text), false).total();
    }

    @Test
    void a_missing_index_is_built_from_the_database_at_start() throws IOException {
        var index = start();
        int documents = index.documentCount();
        assertThat(documents).isEqualTo(running.documentCount()).isGreaterThan(100);
        assertThat(index.indexedVersions()).hasSize(libraryModules());
        index.close();

        deleteRecursively(folder.resolve("index"));
        var again = start();
        assertThat(again.documentCount()).isEqualTo(documents);
        assertThat(jdbc.queryForMap("select actor, details from audit_entry where action = 'SEARCH_REINDEXED' order by id desc limit 1"))
                .as("a rebuild is audited").containsEntry("ACTOR", AuditLog.SYSTEM)
                .hasEntrySatisfying("DETAILS", d -> assertThat(d.toString()).contains(libraryModules() + " modules", "at start, the index was no index yet"));
        assertThat(hits(again, "three-way match")).isPositive();
        again.close();
    }

    @Test
    void a_corrupt_index_is_rebuilt_at_start() throws IOException {
        start().close();
        try (var files = Files.list(folder.resolve("index"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        var index = start();
        assertThat(hits(index, "exit interview")).isPositive();
        assertThat(index.indexedVersions()).hasSize(libraryModules());
        index.close();
    }

    @Test
    void an_index_of_another_schema_version_is_rebuilt_at_start() throws IOException {
        try (var directory = FSDirectory.open(folder.resolve("index"));
             var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
            writer.commit();
        }
        var index = start();
        assertThat(index.indexedVersions()).hasSize(libraryModules());
        index.close();
    }

    @Test
    void modules_changed_while_the_index_was_closed_are_brought_up_to_date() throws IOException {
        var index = start();
        index.close();
        // Another index of the same library, then a module dropped from it behind the first one's back.
        try (var directory = FSDirectory.open(folder.resolve("index"));
             var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneIndex.ANALYZER))) {
            writer.deleteDocuments(new org.apache.lucene.index.Term(IndexSchema.MODULE, "purchasing"));
            writer.setLiveCommitData(LuceneIndex.schemaData().entrySet());
            writer.commit();
        }
        var again = start();
        assertThat(again.indexedVersions()).containsEntry("purchasing", 1).hasSize(libraryModules());
        again.close();
    }

    @Test
    void a_second_process_on_the_same_index_gets_a_clear_error_and_a_search_command_reads_instead() {
        var first = start();
        try {
            assertThatThrownBy(() -> LuceneIndex.open(folder.resolve("index"), false))
                    .isInstanceOf(StartupProblem.class).hasMessageContaining("in use by another Stepwise process");
            try (var reader = LuceneIndex.open(folder.resolve("index"), true)) {
                assertThat(reader.isReadOnly()).isTrue();
                assertThat(reader.documentCount()).isEqualTo(first.documentCount());
            }
        } finally {
            first.close();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (var files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(path).doesNotExist();
    }
}
