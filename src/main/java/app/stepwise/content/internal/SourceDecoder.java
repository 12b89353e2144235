package app.stepwise.content.internal;

import app.stepwise.content.ContentLimits;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.util.Optional;

/**
 * Turns raw bytes into text, refusing what is not a UTF-8 text file of a sensible size. Line endings are normalised
 * to {@code \n} and a byte-order mark is dropped; neither changes line or column numbers.
 */
public final class SourceDecoder {

    private SourceDecoder() {
    }

    public static Optional<String> decode(byte[] bytes, ContentLimits limits, Problems problems) {
        if (bytes.length > limits.maxFileBytes()) {
            problems.error(Position.WHOLE_FILE, "This file is " + sizeText(bytes.length) + ", more than the limit of "
                    + sizeText(limits.maxFileBytes()) + ". Split it into smaller modules.");
            return Optional.empty();
        }
        if (looksLikeUtf16(bytes)) {
            problems.error(Position.WHOLE_FILE,
                    "This file is saved as UTF-16. Save it as UTF-8 text (most editors offer this under 'Save as').");
            return Optional.empty();
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            problems.error(positionOfByte(bytes, nul),
                    "This file is not a text file (it contains binary data). Upload the Markdown (.md) file instead.");
            return Optional.empty();
        }
        return decodeUtf8(bytes, problems).map(SourceDecoder::normalise);
    }

    private static Optional<String> decodeUtf8(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.error(positionOfByte(bytes, in.position()), "This file is not valid UTF-8 text here. "
                    + "Save it as UTF-8 (it was probably saved as Windows-1252 or Latin-1).");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.indexOf('\r') < 0 ? withoutBom
                : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean looksLikeUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Line and column of a byte, counting columns in bytes: good enough to find the spot in an editor. */
    private static Position positionOfByte(byte[] bytes, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, index - lineStart + 1);
    }

    private static String sizeText(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024))
                : String.format(java.util.Locale.ROOT, "%.0f KiB", Math.ceil(bytes / 1024.0));
    }
}
