package app.stepwise.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.practice.EvidenceSamples;
import app.stepwise.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvidenceFileCheckTest {
    private static final long MAX = 10L * 1024 * 1024;

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("report.pdf", (Supplier<byte[]>) EvidenceSamples::pdf, EvidenceFileType.PDF),
                Arguments.of("screen.png", (Supplier<byte[]>) EvidenceSamples::png, EvidenceFileType.PNG),
                Arguments.of("photo.jpg", (Supplier<byte[]>) EvidenceSamples::jpeg, EvidenceFileType.JPEG),
                Arguments.of("photo.JPEG", (Supplier<byte[]>) EvidenceSamples::jpeg, EvidenceFileType.JPEG),
                Arguments.of("anim.gif", (Supplier<byte[]>) EvidenceSamples::gif, EvidenceFileType.GIF),
                Arguments.of("shot.webp", (Supplier<byte[]>) EvidenceSamples::webp, EvidenceFileType.WEBP),
                Arguments.of("notes.txt", (Supplier<byte[]>) EvidenceSamples::text, EvidenceFileType.TEXT),
                Arguments.of("tickets.csv", (Supplier<byte[]>) EvidenceSamples::csv, EvidenceFileType.CSV),
                Arguments.of("handover.docx", (Supplier<byte[]>) EvidenceSamples::docx, EvidenceFileType.DOCX),
                Arguments.of("queue.xlsx", (Supplier<byte[]>) EvidenceSamples::xlsx, EvidenceFileType.XLSX),
                Arguments.of("deck.pptx", (Supplier<byte[]>) EvidenceSamples::pptx, EvidenceFileType.PPTX));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void each_allowed_kind_is_accepted_by_its_content(String name, Supplier<byte[]> bytes, EvidenceFileType type) {
        var accepted = EvidenceFileCheck.check(name, bytes.get(), MAX);
        assertThat(accepted.type()).isEqualTo(type);
        assertThat(accepted.name()).isEqualTo(name);
    }

    static Stream<Arguments> disguisedFiles() {
        return Stream.of(
                Arguments.of("program.png", (Supplier<byte[]>) EvidenceSamples::exe, "Windows program"),
                Arguments.of("page.png", (Supplier<byte[]>) EvidenceSamples::html, "web page"),
                Arguments.of("drawing.png", (Supplier<byte[]>) EvidenceSamples::svg, "web page"),
                Arguments.of("screen.jpg", (Supplier<byte[]>) EvidenceSamples::png, "a PNG image"),
                Arguments.of("report.docx", (Supplier<byte[]>) EvidenceSamples::xlsx, "Excel workbook"),
                Arguments.of("report.docx", (Supplier<byte[]>) EvidenceSamples::zip, "zip archive"),
                Arguments.of("report.pdf", (Supplier<byte[]>) EvidenceSamples::text, "of another kind"));
    }

    @ParameterizedTest(name = "{0} holding {2}")
    @MethodSource("disguisedFiles")
    void a_file_whose_content_disagrees_with_its_extension_is_refused(String name, Supplier<byte[]> bytes, String found) {
        assertThatThrownBy(() -> EvidenceFileCheck.check(name, bytes.get(), MAX))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(name).hasMessageContaining(found)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("file"));
    }

    @Test
    void other_kinds_are_refused_by_their_extension_whatever_they_contain() {
        assertThatThrownBy(() -> EvidenceFileCheck.check("setup.exe", EvidenceSamples.exe(), MAX))
                .hasMessageContaining("Files of type .exe are not accepted");
        assertThatThrownBy(() -> EvidenceFileCheck.check("page.html", EvidenceSamples.html(), MAX))
                .hasMessageContaining(".html are not accepted");
        assertThatThrownBy(() -> EvidenceFileCheck.check("drawing.svg", EvidenceSamples.svg(), MAX))
                .hasMessageContaining(".svg are not accepted");
        assertThatThrownBy(() -> EvidenceFileCheck.check("README", EvidenceSamples.text(), MAX))
                .hasMessageContaining("no file extension");
    }

    @Test
    void text_files_must_be_utf8_text_not_binary_and_not_markup() {
        assertThatThrownBy(() -> EvidenceFileCheck.check("notes.txt", EvidenceSamples.png(), MAX))
                .hasMessageContaining("binary data");
        assertThatThrownBy(() -> EvidenceFileCheck.check("notes.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), MAX))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> EvidenceFileCheck.check("notes.txt", EvidenceSamples.html(), MAX))
                .hasMessageContaining("web page");
        assertThatThrownBy(() -> EvidenceFileCheck.check("list.csv", EvidenceSamples.svg(), MAX))
                .hasMessageContaining("web page");
    }

    @Test
    void empty_and_oversized_files_are_refused() {
        assertThatThrownBy(() -> EvidenceFileCheck.check("report.pdf", new byte[0], MAX)).hasMessageContaining("is empty");
        byte[] big = new byte[1025];
        System.arraycopy(EvidenceSamples.pdf(), 0, big, 0, 10);
        assertThatThrownBy(() -> EvidenceFileCheck.check("report.pdf", big, 1024)).hasMessageContaining("larger than 1 KB");
        assertThat(EvidenceFileCheck.check("report.pdf", java.util.Arrays.copyOf(big, 1024), 1024).type())
                .isEqualTo(EvidenceFileType.PDF);
        assertThat(EvidenceFileCheck.sizeText(MAX)).isEqualTo("10 MB");
    }

    @Test
    void the_stored_name_keeps_only_the_last_path_segment_without_control_characters() {
        assertThat(EvidenceFileCheck.check("../../etc/cron.d/evil.pdf", EvidenceSamples.pdf(), MAX).name()).isEqualTo("evil.pdf");
        assertThat(EvidenceFileCheck.check("C:\\Users\\me\\scan\u0000\u202e.pdf", EvidenceSamples.pdf(), MAX).name())
                .isEqualTo("scan.pdf");
        String longName = "x".repeat(300) + ".pdf";
        assertThat(EvidenceFileCheck.check(longName, EvidenceSamples.pdf(), MAX).name()).hasSize(255).endsWith(".pdf");
        assertThatThrownBy(() -> EvidenceFileCheck.check("dir/", EvidenceSamples.pdf(), MAX)).hasMessageContaining("no name");
    }
}
