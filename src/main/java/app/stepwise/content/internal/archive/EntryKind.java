package app.stepwise.content.internal.archive;

import java.util.Locale;
import java.util.Set;

/** What an entry is to the importer, decided from its normalised path alone. */
enum EntryKind {
    /** Markdown or HTML: becomes a module or role. */
    DOCUMENT,
    /** An image a document may show. */
    IMAGE,
    /** A file of another type (including nested archives): left out, and named in the skipped list. */
    OTHER,
    /** Hidden files and operating-system clutter the trainer never saw in their folder: left out silently. */
    HIDDEN,
    /** A folder entry: left out silently, since folders are implied by file paths. */
    FOLDER;

    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("md", "markdown", "html", "htm");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp");
    private static final Set<String> CLUTTER = Set.of("__macosx", "thumbs.db", "desktop.ini");

    static EntryKind of(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return FOLDER;
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith(".") || CLUTTER.contains(segment.toLowerCase(Locale.ROOT))) {
                return HIDDEN;
            }
        }
        String extension = extension(path);
        if (DOCUMENT_EXTENSIONS.contains(extension)) {
            return DOCUMENT;
        }
        return IMAGE_EXTENSIONS.contains(extension) ? IMAGE : OTHER;
    }

    boolean isKept() {
        return this == DOCUMENT || this == IMAGE;
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
