package app.stepwise.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a content folder (recursively) into source files: Markdown as is, HTML pages exported from a
 * wiki converted to Markdown, and the images docs may reference. Skips hidden files and folders and each folder's README.md (a note for
 * people browsing the folder). Symbolic links are not followed.
 */
public final class ContentFolder {
    private ContentFolder() {
    }

    public static List<SourceFile> read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder.");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !isHidden(root.relativize(path)))
                    .filter(path -> isDocument(path.getFileName().toString())
                            || ContentAssets.mediaTypeOf(path.getFileName().toString()).isPresent())
                    .sorted()
                    .map(path -> toSource(root.relativize(path).toString().replace('\\', '/'), readBytes(path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the folder " + root, e);
        }
    }

    /** A file by name: Markdown stays, HTML is converted (its path gets the .md extension), other names are null. */
    public static SourceFile toSource(String path, byte[] bytes) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            String markdown = HtmlToMarkdown.convert(new String(bytes, StandardCharsets.UTF_8));
            return SourceFile.ofText(path.substring(0, path.lastIndexOf('.')) + ".md", markdown);
        }
        return new SourceFile(path, bytes);
    }

    public static boolean isDocument(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return !lower.equals("readme.md") && (lower.endsWith(".md") || lower.endsWith(".markdown")
                || lower.endsWith(".html") || lower.endsWith(".htm"));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
