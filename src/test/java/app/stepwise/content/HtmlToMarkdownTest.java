package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

    @Test
    void a_wiki_page_becomes_markdown_with_atx_headings_lists_and_tables() {
        String markdown = HtmlToMarkdown.convert("""
                <html><head><title>t</title><style>p{}</style></head><body>
                <h1>Travel</h1>
                <h2>Steps</h2>
                <ol><li>Use the <b>portal</b>.</li><li>Attach the <a href="https://x.example/a">approval</a>.</li></ol>
                <table><tr><th>Region</th><th>Limit</th></tr><tr><td>EU</td><td>150</td></tr></table>
                <script>alert(1)</script>
                </body></html>
                """);

        assertThat(markdown).contains("# Travel").contains("## Steps").contains("1. Use the **portal**.")
                .contains("[approval](https://x.example/a)").contains("| Region | Limit |")
                .doesNotContain("alert").doesNotContain("p{}");
    }

    @Test
    void converted_html_parses_into_steps() {
        String markdown = HtmlToMarkdown.convert("<h2>Steps</h2><ol><li>Open it.</li><li>Send it.</li></ol>");

        ProcessDoc doc = Docs.module(markdown);

        assertThat(doc.steps()).extracting(Step::text).containsExactly("Open it.", "Send it.");
    }

    @Test
    void script_links_do_not_survive_the_conversion() {
        String markdown = HtmlToMarkdown.convert("<p><a href=\"javascript:alert(1)\">x</a>"
                + "<img src=x onerror=alert(1)></p>");

        assertThat(markdown).doesNotContain("javascript").doesNotContain("onerror");
    }
}
