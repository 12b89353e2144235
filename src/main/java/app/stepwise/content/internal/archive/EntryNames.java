package app.stepwise.content.internal.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/** Decoding entry names from bytes, and showing them safely in messages and logs. */
final class EntryNames {

    /** What the zip specification says names are in when the UTF-8 flag is not set (old Windows tools). */
    private static final Charset LEGACY_ZIP_CHARSET = Charset.forName("IBM437");
    private static final int SHOWN_LENGTH = 120;

    private EntryNames() {
    }

    /**
     * Flagged names must be UTF-8. Unflagged names are tried as UTF-8 first, because macOS, 7-Zip and Java write
     * UTF-8 without setting the flag, and bytes that happen to be valid UTF-8 are almost never intended as CP437.
     * The result is NFC, so a name typed on macOS (decomposed accents) and on Windows give the same path.
     */
    static String decode(CentralEntry entry) {
        byte[] raw = entry.rawName();
        Optional<String> utf8 = strictUtf8(raw);
        if (entry.hasUtf8Name() && utf8.isEmpty()) {
            throw Rejections.unreadableName();
        }
        String name = utf8.orElseGet(() -> new String(raw, LEGACY_ZIP_CHARSET));
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /**
     * C0/C1 controls (NUL, newline, escape...) and bidirectional overrides, which can make {@code evil.exe} display
     * as something else; none belongs in a file name.
     */
    static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** The name with controls replaced by {@code ?} and cut to a readable length, safe for messages and logs. */
    static String display(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(SHOWN_LENGTH)
                .forEach(codePoint -> shown.appendCodePoint(isControl(codePoint) ? '?' : codePoint));
        return name.codePointCount(0, name.length()) > SHOWN_LENGTH ? shown.append('…').toString()
                : shown.toString();
    }

    private static Optional<String> strictUtf8(byte[] raw) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
