package app.stepwise.practice.internal;

import app.stepwise.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an uploaded file is acceptable evidence: not empty, not too large, of an accepted kind
 * detected from its content, with an extension that agrees. Each refusal names the file and what to do.
 */
public final class EvidenceFileCheck {
    static final String ACCEPTED = "Upload a PDF, an image (PNG, JPEG, GIF, WebP), a text or CSV file, "
            + "or a Word, Excel or PowerPoint document.";
    private static final int MAX_NAME_CHARS = 255;

    /** An accepted file: its cleaned name and detected kind. */
    public record Accepted(String name, EvidenceFileType type) {
    }

    private EvidenceFileCheck() {
    }

    public static Accepted check(String originalName, byte[] bytes, long maxBytes) {
        String name = cleanName(originalName);
        if (name.isEmpty()) {
            throw refused("The file has no name.");
        }
        if (bytes == null || bytes.length == 0) {
            throw refused("'" + name + "' is empty.");
        }
        if (bytes.length > maxBytes) {
            throw refused("'" + name + "' is larger than " + sizeText(maxBytes) + ".");
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            throw refused("'" + name + "' has no file extension such as .pdf. " + ACCEPTED);
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        var type = EvidenceFileType.byExtension(extension)
                .orElseThrow(() -> refused("Files of type ." + extension + " are not accepted. " + ACCEPTED));
        if (type.isText()) {
            checkText(name, bytes);
        } else if (!type.matches(bytes)) {
            throw refused("'" + name + "' is not " + type.description() + ": its content is " + describe(bytes)
                    + ". Upload the file with the extension that matches what it is.");
        }
        return new Accepted(name, type);
    }

    /** The last path segment, without control or formatting characters, at most 255 characters (extension kept). */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        var cleaned = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(cleaned::appendCodePoint);
        name = cleaned.toString().strip();
        if (name.equals(".") || name.equals("..")) {
            return "";
        }
        if (name.length() > MAX_NAME_CHARS) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_CHARS - extension.length()) + extension;
        }
        return name;
    }

    private static void checkText(String name, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw refused("'" + name + "' contains binary data, not text: its content is " + describe(bytes) + ".");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("'" + name + "' is not UTF-8 text. Save it as UTF-8, or upload it as a PDF.");
        }
        if (looksLikeMarkup(text)) {
            throw refused("'" + name + "' contains a web page, SVG or XML document, not plain text. "
                    + "Upload a PDF or a screenshot of it instead.");
        }
    }

    private static boolean looksLikeMarkup(String text) {
        String start = text.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<svg")
                || start.startsWith("<?xml") || start.startsWith("<script") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<iframe");
    }

    /** What the content looks like, for a message: "a Windows program", "a PNG image"... */
    static String describe(byte[] bytes) {
        Optional<EvidenceFileType> known = Arrays.stream(EvidenceFileType.values())
                .filter(type -> !type.isText() && type.matches(bytes)).findFirst();
        if (known.isPresent()) {
            return known.get().description();
        }
        if (EvidenceFileType.startsWith(bytes, 0, EvidenceFileType.ascii("MZ"))) {
            return "a Windows program";
        }
        if (EvidenceFileType.startsWith(bytes, 0, new byte[] {0x7f, 'E', 'L', 'F'})) {
            return "a program";
        }
        if (EvidenceFileType.isZip(bytes)) {
            return "a zip archive";
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        if (looksLikeMarkup(start)) {
            return "a web page, SVG or XML document";
        }
        return "of another kind";
    }

    static String sizeText(long bytes) {
        long mb = 1024L * 1024;
        if (bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes >= mb ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb) : Math.max(1, bytes / 1024) + " KB";
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("file", message);
    }
}
