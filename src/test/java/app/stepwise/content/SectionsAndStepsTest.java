package app.stepwise.content;

import static app.stepwise.content.Docs.module;
import static app.stepwise.content.Docs.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsAndStepsTest {

    @Test
    void conventional_sections_are_recognised_by_synonym_in_any_order_and_other_headings_stay_reading() {
        ProcessDoc doc = module("""
                # Title

                Intro text.

                ## KPIs
                Turnaround.
                ## Gotchas
                Old templates.
                ## Background
                History.
                ## how to:
                1. Do it.
                ## Goal
                Be quick.
                ## Tools and systems
                CRM.
                ## Output
                A PDF.
                ## Responsibilities
                Sales.
                """);

        assertThat(doc.sections()).extracting(Section::kind).containsExactly(SectionKind.OTHER, SectionKind.KPIS,
                SectionKind.SNAGS, SectionKind.OTHER, SectionKind.STEPS, SectionKind.OBJECTIVE, SectionKind.TOOLS,
                SectionKind.DELIVERABLE, SectionKind.ROLES);
        assertThat(doc.sections().get(3)).extracting(Section::heading, Section::markdown, Section::line)
                .containsExactly("Background", "History.", 9);
        assertThat(doc.sections().getFirst().markdown()).isEqualTo("Intro text.");
    }

    @Test
    void section_anchors_are_unique_and_prefixed() {
        ProcessDoc doc = module("Intro.\n\n## Notes\nA\n## Notes\nB\n## Step one\nC\n");

        assertThat(doc.sections()).extracting(Section::anchor)
                .containsExactly("section-intro", "section-notes", "section-notes-2", "section-step-one");
    }

    @Test
    void a_level_3_steps_heading_is_not_a_section() {
        ProcessDoc doc = module("## Objective\nX\n### Steps\n1. a\n");

        assertThat(doc.sections()).singleElement().extracting(Section::kind).isEqualTo(SectionKind.OBJECTIVE);
        assertThat(doc.steps()).isEmpty();
    }

    @Test
    void each_top_level_item_of_the_first_numbered_list_is_a_step_with_its_nested_content() {
        ProcessDoc doc = module("""
                ## Steps

                Open the CRM first.

                1. Open the quote template
                   and pick the currency.
                   - EUR for Europe
                2. Send it.

                3. Another list does not count? It does: same list.

                Then:

                1. This second list is not steps.
                """);

        assertThat(doc.steps()).hasSize(3);
        Step first = doc.steps().getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.text()).isEqualTo("Open the quote template and pick the currency. EUR for Europe");
        assertThat(first.markdown()).isEqualTo("Open the quote template\nand pick the currency.\n- EUR for Europe");
    }

    @Test
    void a_step_anchor_comes_from_an_explicit_id_then_a_bold_lead_then_the_first_six_words() {
        ProcessDoc doc = module("""
                ## Steps
                1. Check the discount against the policy. {#check-discount}
                2. **Send the PDF** from the CRM.
                3. Ask the customer to confirm receipt by email today please.
                """);

        assertThat(doc.steps()).extracting(Step::anchor).containsExactly(
                "check-discount", "step-send-the-pdf", "step-ask-the-customer-to-confirm-receipt");
        assertThat(doc.steps().getFirst().text()).isEqualTo("Check the discount against the policy.");
        assertThat(doc.steps().getFirst().markdown()).isEqualTo("Check the discount against the policy.");
        assertThat(doc.sections().getFirst().markdown()).doesNotContain("{#");
    }

    @Test
    void duplicate_step_anchors_get_numbered_suffixes() {
        ProcessDoc doc = module("""
                ## Steps
                1. **Check** the price.
                2. **Check** the discount.
                3. **Check** the total.
                """);

        assertThat(doc.steps()).extracting(Step::anchor)
                .containsExactly("step-check", "step-check-2", "step-check-3");
    }

    @Test
    void an_explicit_anchor_wins_over_a_derived_one_with_the_same_name() {
        ProcessDoc doc = module("## Steps\n1. **Send** it.\n2. Really send it. {#step-send}\n");

        assertThat(doc.steps()).extracting(Step::anchor).containsExactly("step-send-2", "step-send");
    }

    @Test
    void an_invalid_explicit_anchor_is_an_error_at_its_column() {
        FileResult result = parse("## Steps\n1. Send it. {#Send It}\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(13);
        });
    }

    @Test
    void a_steps_section_without_a_numbered_list_is_a_warning_not_an_error() {
        FileResult result = parse("## Steps\n\n- not numbered\n");

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("no numbered list");
        });
    }

    @Test
    void a_second_steps_section_is_a_warning_and_adds_no_steps() {
        FileResult result = parse("## Steps\n1. a\n## Procedure\n1. b\n");

        assertThat(result.module().orElseThrow().steps()).extracting(Step::text).containsExactly("a");
        assertThat(result.warnings()).extracting(Problem::line).containsExactly(3);
    }

    @Test
    void crlf_line_endings_give_the_same_steps_and_lines() {
        ProcessDoc unix = module("## Steps\n1. a\n2. b\n");
        ProcessDoc windows = module("## Steps\r\n1. a\r\n2. b\r\n");

        assertThat(windows.steps()).isEqualTo(unix.steps());
        assertThat(windows.contentHash()).isEqualTo(unix.contentHash());
    }

    @Test
    void a_doc_with_steps_is_not_reading_only_and_a_plain_page_is() {
        assertThat(module("## Steps\n1. a\n").isReadingOnly()).isFalse();
        assertThat(module("Just a page.\n").isReadingOnly()).isTrue();
        assertThat(List.of(module("").sections())).containsExactly(List.of());
    }
}
