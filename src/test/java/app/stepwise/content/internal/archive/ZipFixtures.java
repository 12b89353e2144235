package app.stepwise.content.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.stepwise.content.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Honest zips written by the JDK's own {@link ZipOutputStream}, plus byte helpers shared by the tests. */
final class ZipFixtures {

    /** Words a trainer would not understand: no message may contain them. */
    static final List<String> JARGON = List.of("Exception", "CRC", "header", "central directory", "offset",
            "inflate", "null", "EOCD", "0x");

    private ZipFixtures() {
    }

    /** A zip of name/content pairs; a name ending in {@code /} becomes a folder entry and its content is ignored. */
    static byte[] zip(String... namesAndTexts) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                if (!namesAndTexts[i].endsWith("/")) {
                    zip.write(text(namesAndTexts[i + 1]));
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deflated zip with one entry of the given bytes. */
    static byte[] zipOfBytes(String name, byte[] content) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that do not compress, so size limits can be reached without tripping the ratio check. */
    static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** Raw deflate (no zlib wrapper), as stored inside zip entries. */
    static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static List<String> paths(List<SourceFile> files) {
        return files.stream().map(SourceFile::path).toList();
    }

    static ArchiveRejectedException rejection(byte[] zip) {
        return rejection(zip, ArchiveLimits.DEFAULTS);
    }

    /**
     * The rejection {@code zip} causes, after checking what every rejection must be: one plain sentence, starting
     * with a capital and ending with a full stop, free of technical words.
     */
    static ArchiveRejectedException rejection(byte[] zip, ArchiveLimits limits) {
        ArchiveRejectedException rejected = catchThrowableOfType(ArchiveRejectedException.class,
                () -> SafeZipReader.read(zip, limits));
        assertThat(rejected).as("the archive should have been rejected").isNotNull();
        String message = rejected.getMessage();
        assertThat(message).matches("^[A-Z].*\\.$").doesNotContainPattern("\\.\\s+[A-Z]");
        JARGON.forEach(word -> assertThat(message).doesNotContainIgnoringCase(word));
        return rejected;
    }
}
