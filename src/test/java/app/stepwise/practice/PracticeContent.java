package app.stepwise.practice;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample curriculum (text and link tasks) plus a test module, {@code delivery-note-filing}, whose tasks ask
 * for a file (trainer sign-off), a text without sign-off, and a link.
 */
public final class PracticeContent {
    public static final String FILE_MODULE = "delivery-note-filing";

    private PracticeContent() {
    }

    public static void importInto(ContentImporter importer) {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        try {
            importer.importFiles(List.of(SourceFile.ofText("operations/delivery-note-filing.md",
                    Files.readString(Path.of("src/test/resources/practice/file-evidence.md")))), "test", "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
