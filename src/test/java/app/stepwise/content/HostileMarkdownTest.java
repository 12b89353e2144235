package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every hostile payload (as Markdown, inside a module, and through the HTML import) and checks the output the
 * way a browser would read it: parsed by jsoup, entities decoded, whitespace and control characters removed.
 */
class HostileMarkdownTest {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "style",
            "meta", "base", "form", "link", "svg", "math", "frame", "frameset", "applet", "template", "button",
            "textarea", "select", "isindex");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset", "lowsrc", "dynsrc");
    private static final List<String> FORBIDDEN_SCHEMES = List.of("javascript:", "vbscript:", "livescript:", "data:");

    static Stream<Arguments> payloads() {
        List<String> all = HostilePayloads.all();
        return all.stream().map(payload -> Arguments.of(all.indexOf(payload), payload));
    }

    @Test
    void the_corpus_has_at_least_200_distinct_payloads() {
        assertThat(HostilePayloads.all()).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "payload {0}")
    @MethodSource("payloads")
    void rendered_markdown_has_no_script_handler_or_script_url(int number, String payload) {
        assertSafe(SafeHtmlRenderer.render(payload), payload);
    }

    @ParameterizedTest(name = "payload {0}")
    @MethodSource("payloads")
    void a_module_reader_page_has_no_script_handler_or_script_url(int number, String payload) {
        String doc = "# Title\n\n" + payload + "\n\n## Steps\n\n1. " + payload.replace("\n", " ")
                + "\n2. Second\n\n## Notes\n\n" + payload + "\n";
        FileResult result = Docs.parse("hostile.md", doc);

        result.module().ifPresent(module -> {
            RenderedModule rendered = SafeHtmlRenderer.renderModule(module);
            assertSafe(rendered.html(), payload);
            rendered.sections().forEach(section -> assertSafe(section.html(), payload));
        });
    }

    @ParameterizedTest(name = "payload {0}")
    @MethodSource("payloads")
    void html_imported_from_a_wiki_renders_safely(int number, String payload) {
        assertSafe(SafeHtmlRenderer.render(HtmlToMarkdown.convert(payload)), payload);
    }

    @Test
    void known_good_content_survives_the_sanitizer() {
        String html = SafeHtmlRenderer.render("[site](https://example.com) [mail](mailto:a@example.com) "
                + "[rel](../guide.md) ![logo](images/logo.png) ![cdn](https://cdn.example.com/a.png)");
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.select("a").eachAttr("href"))
                .containsExactly("https://example.com", "mailto:a@example.com", "../guide.md");
        assertThat(document.select("a").eachAttr("rel")).allMatch(rel -> rel.equals("nofollow noopener"));
        assertThat(document.select("img").eachAttr("src"))
                .containsExactly("images/logo.png", "https://cdn.example.com/a.png");
    }

    static void assertSafe(String html, String payload) {
        assertThat(html.toLowerCase(Locale.ROOT)).as("raw output for %s", payload).doesNotContain("<script");
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.getAllElements()) {
            assertThat(FORBIDDEN_ELEMENTS).as("element in %s", payload).doesNotContain(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s -> %s", payload, html).doesNotStartWith("on");
                assertThat(name).as("attribute in %s", payload).isNotEqualTo("style").isNotEqualTo("srcdoc");
                if (URL_ATTRIBUTES.contains(name)) {
                    assertNoScriptUrl(attribute.getValue(), payload, html);
                }
            }
        }
    }

    /**
     * {@code decodedValue} is what a browser sees: jsoup decoded the entities once, as the browser's HTML parser does.
     * Browsers also ignore whitespace and control characters inside a scheme, so those are removed before comparing.
     */
    private static void assertNoScriptUrl(String decodedValue, String payload, String html) {
        String compact = decodedValue.replaceAll("[\\s\\p{Cntrl}\\u2028\\u2029]+", "").toLowerCase(Locale.ROOT);
        for (String scheme : FORBIDDEN_SCHEMES) {
            assertThat(compact).as("URL in %s -> %s", payload, html).doesNotStartWith(scheme);
        }
    }
}
