package app.stepwise.content.internal;

/** File-name helpers for default ids and titles. */
final class FilePaths {

    private FilePaths() {
    }

    static String withoutExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    /** {@code sales/send-quote.md} -> {@code send-quote}. */
    static String baseName(String path) {
        String name = withoutExtension(path);
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
