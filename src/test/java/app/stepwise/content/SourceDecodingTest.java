package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecodingTest {

    private final ContentParser parser = new ContentParser();

    @Test
    void a_file_with_nul_bytes_is_rejected_as_binary() {
        FileResult result = parser.parse(new SourceFile("img.md", new byte[] {'P', 'N', 'G', 0, 1, 2}));

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).singleElement().extracting(Problem::message).asString()
                .contains("not a text file");
    }

    @Test
    void invalid_utf8_is_rejected_at_its_line_and_column() {
        byte[] latin1 = "# Title\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        FileResult result = parser.parse(new SourceFile("a.md", latin1));

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(4);
            assertThat(problem.message()).contains("UTF-8");
        });
    }

    @Test
    void a_utf16_file_is_rejected_with_a_hint() {
        byte[] utf16 = "# Title\n".getBytes(StandardCharsets.UTF_16);

        assertThat(parser.parse(new SourceFile("a.md", utf16)).errors()).singleElement()
                .extracting(Problem::message).asString().contains("UTF-16");
    }

    @Test
    void a_file_over_the_size_limit_is_rejected_before_parsing() {
        ContentParser small = new ContentParser(new ContentLimits(10));

        FileResult result = small.parse(SourceFile.ofText("a.md", "# A long title here\n"));

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).contains("more than the limit");
        });
    }

    @Test
    void the_default_limit_is_one_mebibyte() {
        String big = "x".repeat(1024 * 1024 + 1);

        assertThat(parser.parse(SourceFile.ofText("a.md", big)).isValid()).isFalse();
        assertThat(ContentLimits.DEFAULTS.maxFileBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void a_byte_order_mark_is_ignored() {
        FileResult result = parser.parse(SourceFile.ofText("a.md", "\uFEFF---\nid: with-bom\n---\n# T\n"));

        assertThat(result.module().orElseThrow().id()).isEqualTo("with-bom");
    }

    @Test
    void paths_are_normalised_so_windows_paths_give_the_same_id() {
        FileResult result = parser.parse(SourceFile.ofText(".\\sales\\quote.md", "Text.\n"));

        assertThat(result.path()).isEqualTo("sales/quote.md");
        assertThat(result.module().orElseThrow().id()).isEqualTo("sales-quote");
    }

    @Test
    void problems_print_like_compiler_messages() {
        Problem problem = new Problem("sales/quote.md", 12, 5, Severity.ERROR, "Something is wrong.");

        assertThat(problem).hasToString("sales/quote.md:12:5: error: Something is wrong.");
    }
}
