package app.stepwise.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 of a source after normalising line endings (CRLF and CR become LF) and dropping a byte-order mark, so the
 * same doc saved on Windows or Linux hashes the same and an unchanged re-import creates no new version.
 *
 * @param value 64 lower-case hex digits
 */
public record ContentHash(String value) {

    public ContentHash {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + value);
        }
    }

    public static ContentHash of(String source) {
        String normalised = normaliseLineEndings(source);
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        return new ContentHash(HexFormat.of().formatHex(sha256(normalised.getBytes(StandardCharsets.UTF_8))));
    }

    /** Hashes bytes as UTF-8 text; malformed sequences become U+FFFD, which is fine for change detection. */
    public static ContentHash of(byte[] utf8Source) {
        return of(new String(utf8Source, StandardCharsets.UTF_8));
    }

    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
