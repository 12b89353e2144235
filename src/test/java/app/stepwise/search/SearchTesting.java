package app.stepwise.search;

import static org.awaitility.Awaitility.await;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.search.internal.KnowledgeIndex;
import java.nio.file.Path;
import java.time.Duration;

/** Index updates follow imports asynchronously (after the import commits): tests wait for them. */
public final class SearchTesting {
    private SearchTesting() {
    }

    /** Imports the sample curriculum (files already imported are skipped) and waits until its 16 modules are indexed. */
    public static void importSampleContent(ContentImporter importer, KnowledgeIndex index) {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        awaitIndexed(index, 16);
    }

    public static void awaitIndexed(KnowledgeIndex index, int modules) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> index.indexedVersions().size() >= modules);
    }
}
