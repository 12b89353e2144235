package app.stepwise.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.search.SearchQuery;
import app.stepwise.search.SearchTesting;
import app.stepwise.shared.SystemActor;
import app.stepwise.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Several app nodes on one database each keep their own index; a version published on one node
 * reaches the others by the periodic reconcile. Here the running app is the node that publishes, and
 * a second index on the same database is the node that must catch up.
 */
@IntegrationTest
class IndexReconcileIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired KnowledgeIndex running;
    @Autowired Curriculum curriculum;
    @Autowired ContentLibrary library;
    @Autowired AuditLog auditLog;
    @Autowired ScheduledTaskHolder scheduler;
    @TempDir Path folder;

    @BeforeEach
    void importSampleContent() {
        SearchTesting.importSampleContent(importer, running);
    }

    private static long hits(KnowledgeIndex index, String text) {
        return index.search(SearchQuery.of(text), false).total();
    }

    @Test
    void another_node_catches_up_with_a_published_version_and_drops_modules_the_database_lacks() throws IOException {
        try (var lucene = LuceneIndex.open(folder.resolve("index"), false)) { // e.g. an index kept from a restored backup
            lucene.add(List.of(new IndexedUnit(IndexedUnit.Kind.MODULE, "retired-process", "Retired process", 1, "", "",
                    "", "Shred the forms.", "", List.of(), List.of(), "old/retired.md")));
            lucene.commit();
        }
        var node = new KnowledgeIndex(curriculum, library, auditLog, folder.resolve("index"), folder.resolve("synonyms.txt"), false);
        var original = SourceFile.ofText("support/customer-complaints.md",
                Files.readString(Path.of("content/support/customer-complaints.md")));
        try {
            assertThat(node.indexedVersions()).containsOnlyKeys("retired-process");
            // every module of the library (other tests in this context may have added some to the sample's 16)
            int modules = app.stepwise.shared.SystemActor.call(() -> (int) library.count(""));
            assertThat(node.reconcile()).as("every module indexed, one removed").isEqualTo(modules + 1);
            assertThat(node.indexedVersions()).hasSize(modules).doesNotContainKey("retired-process");
            assertThat(node.reconcile()).as("nothing left to do").isZero();

            String changed = new String(original.bytes(), StandardCharsets.UTF_8)
                    .replace("**Investigate.** Collect the facts", "**Investigate.** Consult the platypus ledger and collect the facts");
            importer.importFiles(List.of(SourceFile.ofText(original.path(), changed)), "test", "test");
            await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> hits(running, "platypus ledger") > 0);
            int published = SystemActor.call(curriculum::currentVersions).get("customer-complaints");

            assertThat(hits(node, "platypus ledger")).as("the publishing node's event does not reach this node").isZero();
            assertThat(node.reconcile()).isEqualTo(1);
            assertThat(hits(node, "platypus ledger")).isEqualTo(1);
            assertThat(node.indexedVersions()).containsEntry("customer-complaints", published);
        } finally {
            importer.importFiles(List.of(original), "test", "restore");
            node.close();
        }
    }

    @Test
    void the_period_is_configurable_and_zero_turns_the_reconcile_off() {
        var node = new KnowledgeIndex(curriculum, library, auditLog, folder.resolve("index"), folder.resolve("synonyms.txt"), false);
        try {
            var registrar = new ScheduledTaskRegistrar();
            new IndexReconciler(node, Duration.ZERO).configureTasks(registrar);
            assertThat(registrar.getFixedDelayTaskList()).isEmpty();
            new IndexReconciler(node, Duration.ofSeconds(30)).configureTasks(registrar);
            assertThat(registrar.getFixedDelayTaskList()).singleElement()
                    .satisfies(task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(30)));
        } finally {
            node.close();
        }
    }

    @Test
    void the_running_app_reconciles_its_index_every_minute() {
        assertThat(scheduler.getScheduledTasks()).map(ScheduledTask::getTask)
                .filteredOn(task -> task instanceof FixedDelayTask && task.toString().contains("IndexReconciler"))
                .singleElement().satisfies(task -> {
                    assertThat(((FixedDelayTask) task).getIntervalDuration()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(((FixedDelayTask) task).getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(1));
                });
    }
}
