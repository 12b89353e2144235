package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Third-party Markdown (wiki exports, handbooks, a 2,000-row table) must import as reading, without errors. */
class PlainMarkdownTest {

    private static final Path PLAIN = Path.of("src/test/resources/content/plain");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(PLAIN)) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void a_plain_page_parses_and_validates_as_a_reading_only_module_without_errors(Path file) throws IOException {
        SourceFile source = new SourceFile("handbook/" + file.getFileName(), Files.readAllBytes(file));

        BatchResult result = new ContentValidator().validate(List.of(source));

        assertThat(result.errors()).isEmpty();
        ProcessDoc doc = result.modules().getFirst();
        assertThat(doc.isReadingOnly()).isTrue();
        assertThat(doc.sections()).isNotEmpty();
        assertThat(SafeHtmlRenderer.renderModule(doc).html()).isNotBlank();
    }

    @Test
    void the_big_table_keeps_all_its_rows() throws IOException {
        ProcessDoc doc = Docs.module(Files.readString(PLAIN.resolve("big-table.md")));

        String html = SafeHtmlRenderer.renderModule(doc).html();

        assertThat(html.split("<tr>", -1)).hasSize(2001 + 1);
        assertThat(doc.title()).isEqualTo("Price list");
    }

    @Test
    void a_wiki_page_keeps_its_headings_as_reading_sections_and_its_html_as_text() {
        ProcessDoc doc = Docs.module(Docs.resource("plain/wiki-export.md"));

        assertThat(doc.title()).isEqualTo("Space: Operations › Travel");
        assertThat(doc.sections()).extracting(Section::kind).doesNotContain(SectionKind.QUIZ);
        String html = SafeHtmlRenderer.renderModule(doc).html();
        assertThat(html).contains("&lt;table class&#61;&#34;confluenceTable&#34;&gt;").doesNotContain("onclick=");
    }

    @Test
    void a_page_starting_with_a_horizontal_rule_has_no_front_matter() {
        ProcessDoc doc = Docs.module(Docs.resource("plain/handbook.md"));

        assertThat(doc.id()).isEqualTo("sales-quote");
        assertThat(doc.sections().getFirst().markdown()).startsWith("---");
    }
}
