package app.stepwise.content.internal.archive;

import app.stepwise.content.SourceFile;
import java.util.List;

/**
 * What an accepted archive yielded.
 *
 * @param files   the process documents and images, in archive order, with paths relative to the content root (a
 *                folder that every kept file shared has been removed)
 * @param skipped paths inside the archive (before any shared folder is removed) of files that were left out because their type is not imported
 *                ({@code .pdf}, {@code .docx}, nested {@code .zip}, ...), so the trainer can be told; folders, hidden
 *                files and operating-system clutter ({@code __MACOSX/}, {@code .DS_Store}) are left out silently
 */
public record ArchiveContents(List<SourceFile> files, List<String> skipped) {

    public ArchiveContents {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
