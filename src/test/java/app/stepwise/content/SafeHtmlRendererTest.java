package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlRendererTest {

    private static final String DOC = """
            # Quote

            Intro.

            ## Steps

            1. **Open** the template.
            2. Check the discount. {#check-discount}

            ## Quiz

            ### Who approves?

            1. [ ] Nobody
            2. [x] The secret right answer

            ## Practice

            - [ ] Do it.
            """;

    @Test
    void steps_carry_their_anchors_as_ids_and_explicit_anchor_markers_are_not_shown() {
        RenderedModule rendered = SafeHtmlRenderer.renderModule(Docs.module(DOC));

        RenderedSection steps = rendered.sections().stream()
                .filter(section -> section.kind() == SectionKind.STEPS).findFirst().orElseThrow();
        assertThat(steps.html()).contains("<li id=\"step-open\">").contains("<li id=\"check-discount\">")
                .doesNotContain("{#");
        assertThat(rendered.html()).contains("<section id=\"section-steps\"><h2>Steps</h2>");
    }

    @Test
    void the_quiz_and_its_answers_never_reach_the_reader() {
        RenderedModule rendered = SafeHtmlRenderer.renderModule(Docs.module(DOC));

        assertThat(rendered.sections()).extracting(RenderedSection::kind)
                .containsExactly(SectionKind.OTHER, SectionKind.STEPS);
        assertThat(rendered.html()).doesNotContain("secret right answer").doesNotContain("Who approves");
    }

    @Test
    void headings_are_plain_text_and_escaped_in_the_module_page() {
        RenderedModule rendered = SafeHtmlRenderer.renderModule(
                Docs.module("## Costs < 100 & \"quoted\" <b onclick=x>tags</b>\n"));

        assertThat(rendered.sections().getFirst().heading()).isEqualTo("Costs < 100 & \"quoted\" tags");
        assertThat(rendered.html()).contains("<h2>Costs &lt; 100 &amp; &#34;quoted&#34; tags</h2>");
    }

    @Test
    void reference_links_defined_at_the_end_work_in_every_section() {
        String html = SafeHtmlRenderer.renderModule(Docs.module("""
                ## Objective
                See the [policy].
                ## Steps
                1. Read the [policy].

                [policy]: https://example.com/policy
                """)).html();

        assertThat(html.split("href=\"https://example.com/policy\"", -1)).hasSize(3);
    }

    @Test
    void links_get_nofollow_noopener_and_script_urls_are_removed() {
        assertThat(SafeHtmlRenderer.render("[a](https://example.com)"))
                .contains("<a href=\"https://example.com\" rel=\"nofollow noopener\">a</a>");
        assertThat(SafeHtmlRenderer.render("[a](JavaScript:alert(1))")).doesNotContain("href");
    }

    @Test
    void raw_html_is_shown_as_text() {
        assertThat(SafeHtmlRenderer.render("<b>hi</b>")).isEqualTo("<p>&lt;b&gt;hi&lt;/b&gt;</p>\n");
    }

    @Test
    void task_list_checkboxes_are_disabled_inputs() {
        assertThat(SafeHtmlRenderer.render("- [x] done"))
                .contains("<input type=\"checkbox\" checked=\"checked\" disabled=\"disabled\" />");
        assertThat(SafeHtmlRenderer.sanitize("<input type=\"text\" name=\"q\"><input type=\"checkbox\">"))
                .isEqualTo("<input type=\"checkbox\" disabled=\"disabled\" />");
    }
}
