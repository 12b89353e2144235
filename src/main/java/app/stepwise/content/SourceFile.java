package app.stepwise.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file to parse, as raw bytes, named by its path relative to the content root ({@code sales/quote.md},
 * {@code roles/sales-rep.md}). The path decides the default module id and whether the file is a role definition.
 * Backslashes and a leading {@code ./} or {@code /} are normalised away so Windows and CLI paths give the same ids.
 */
public record SourceFile(String path, byte[] bytes) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        path = normalisePath(path);
        bytes = bytes.clone();
    }

    /** Convenience for text already in memory (tests, HTML converted to Markdown). */
    public static SourceFile ofText(String path, String text) {
        return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** True when the file lives under {@code roles/} and so defines a role, not a module. */
    public boolean isRoleFile() {
        return path.startsWith("roles/");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile that && path.equals(that.path) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + ", " + bytes.length + " bytes]";
    }

    private static String normalisePath(String raw) {
        String path = raw.replace('\\', '/');
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.substring(path.startsWith("./") ? 2 : 1);
        }
        return path;
    }
}
