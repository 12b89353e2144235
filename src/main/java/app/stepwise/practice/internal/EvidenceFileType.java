package app.stepwise.practice.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of evidence file we accept, each recognised by its content (magic bytes), not by what the
 * browser claims. Text kinds are recognised by being valid UTF-8 without NUL bytes instead.
 */
public enum EvidenceFileType {
    PDF("application/pdf", "a PDF document", List.of("pdf")),
    PNG("image/png", "a PNG image", List.of("png")),
    JPEG("image/jpeg", "a JPEG image", List.of("jpg", "jpeg")),
    GIF("image/gif", "a GIF image", List.of("gif")),
    WEBP("image/webp", "a WebP image", List.of("webp")),
    TEXT("text/plain;charset=UTF-8", "a text file", List.of("txt")),
    CSV("text/csv;charset=UTF-8", "a CSV file", List.of("csv")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook", List.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation",
            List.of("pptx"));

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OOXML_CONTENT_TYPES = ascii("[Content_Types].xml");

    private final String contentType;
    private final String description;
    private final List<String> extensions;

    EvidenceFileType(String contentType, String description, List<String> extensions) {
        this.contentType = contentType;
        this.description = description;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** "a PNG image": for messages. */
    public String description() {
        return description;
    }

    public boolean isText() {
        return this == TEXT || this == CSV;
    }

    public static Optional<EvidenceFileType> byExtension(String extension) {
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** Whether the bytes are of this binary kind. Text kinds are checked by {@link EvidenceFileCheck}. */
    boolean matches(byte[] bytes) {
        return switch (this) {
            case PDF -> startsWith(bytes, 0, ascii("%PDF-"));
            case PNG -> startsWith(bytes, 0, PNG_MAGIC);
            case JPEG -> bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
            case GIF -> startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"));
            case WEBP -> startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"));
            case DOCX -> isOfficeZip(bytes, "word/");
            case XLSX -> isOfficeZip(bytes, "xl/");
            case PPTX -> isOfficeZip(bytes, "ppt/");
            case TEXT, CSV -> false;
        };
    }

    /**
     * An Office Open XML file is a zip whose entry names (stored uncompressed in its headers) include
     * {@code [Content_Types].xml} and the part folder of its kind. Nothing is extracted.
     */
    private static boolean isOfficeZip(byte[] bytes, String partFolder) {
        return isZip(bytes) && indexOf(bytes, OOXML_CONTENT_TYPES) >= 0 && indexOf(bytes, ascii(partFolder)) >= 0;
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, 0, ZIP_MAGIC);
    }

    static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
