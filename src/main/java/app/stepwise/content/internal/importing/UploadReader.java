package app.stepwise.content.internal.importing;

import app.stepwise.content.ContentAssets;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.archive.ArchiveRejectedException;
import app.stepwise.content.internal.archive.SafeZipReader;
import java.util.List;
import java.util.Locale;

/** Turns an uploaded file into source files, or says in one sentence why it cannot. */
public final class UploadReader {
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    public record Upload(List<SourceFile> sources, String rejection) {
    }

    private UploadReader() {
    }

    public static Upload read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (bytes.length > MAX_UPLOAD_BYTES) {
            return new Upload(List.of(), "The file is larger than 20 MB.");
        }
        if (lower.endsWith(".zip")) {
            try {
                var files = SafeZipReader.read(bytes).stream()
                        .filter(file -> ContentFolder.isDocument(file.path().substring(file.path().lastIndexOf('/') + 1))
                                || ContentAssets.mediaTypeOf(file.path()).isPresent())
                        .map(file -> ContentFolder.toSource(file.path(), file.bytes())).toList();
                return files.stream().allMatch(file -> ContentAssets.mediaTypeOf(file.path()).isPresent()) ? new Upload(List.of(), "The archive contains no process documents (.md or .html files).")
                        : new Upload(files, null);
            } catch (ArchiveRejectedException e) {
                return new Upload(List.of(), e.getMessage());
            }
        }
        if (ContentFolder.isDocument(name) || lower.equals("readme.md")) {
            return new Upload(List.of(ContentFolder.toSource(name, bytes)), null);
        }
        return new Upload(List.of(), "Upload a process document (.md), a wiki page (.html) or a .zip of them; '"
                + name + "' is none of these.");
    }
}
