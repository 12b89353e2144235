package app.stepwise.content;

import static app.stepwise.content.Docs.module;
import static app.stepwise.content.Docs.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void every_documented_key_is_read_into_the_metadata() {
        ProcessDoc doc = module("""
                ---
                id: send-a-quote
                title: Send a quote
                roles: [sales-rep, sales-lead]
                owner: Dana Fox
                estimate: 1h30m
                tags:
                  - sales
                  - quotes
                prerequisites: [crm-basics]
                pass-mark: 75
                version-note: New discount rule
                max-attempts: 3
                cooldown: 10m
                ---
                Body.
                """);

        ModuleMetadata metadata = doc.metadata();
        assertThat(metadata.id()).isEqualTo("send-a-quote");
        assertThat(metadata.title()).isEqualTo("Send a quote");
        assertThat(metadata.roles()).containsExactly("sales-rep", "sales-lead");
        assertThat(metadata.owner()).contains("Dana Fox");
        assertThat(metadata.estimateMinutes()).isEqualTo(OptionalInt.of(90));
        assertThat(metadata.tags()).containsExactly("sales", "quotes");
        assertThat(metadata.prerequisites()).containsExactly("crm-basics");
        assertThat(metadata.passMark()).isEqualTo(75);
        assertThat(metadata.versionNote()).contains("New discount rule");
        assertThat(metadata.maxAttempts()).isEqualTo(OptionalInt.of(3));
        assertThat(metadata.cooldown()).contains(Duration.ofMinutes(10));
    }

    @Test
    void without_front_matter_the_id_comes_from_the_path_and_the_title_from_the_first_heading() {
        FileResult result = Docs.parse("sales/quote.md", "# Sending quotes\n\nText.\n");

        ProcessDoc doc = result.module().orElseThrow();
        assertThat(doc.id()).isEqualTo("sales-quote");
        assertThat(doc.title()).isEqualTo("Sending quotes");
        assertThat(doc.metadata().passMark()).isEqualTo(80);
        assertThat(doc.metadata().maxAttempts()).isEmpty();
        assertThat(doc.metadata().cooldown()).isEmpty();
        assertThat(doc.metadata().owner()).isEqualTo(Optional.empty());
    }

    @Test
    void without_any_heading_the_title_is_the_file_name() {
        assertThat(Docs.parse("Handbook/Expense Claims.md", "Just text.\n").module().orElseThrow())
                .extracting(ProcessDoc::id, ProcessDoc::title)
                .containsExactly("handbook-expense-claims", "Expense Claims");
    }

    @Test
    void estimates_are_read_in_minutes() {
        assertThat(estimate("20m")).hasValue(20);
        assertThat(estimate("1h")).hasValue(60);
        assertThat(estimate("1h30m")).hasValue(90);
        assertThat(estimate("2h 5m")).hasValue(125);
    }

    @Test
    void an_unknown_key_is_an_error_at_its_line_with_a_suggestion() {
        FileResult result = parse("---\ntitle: Quote\npasmark: 90\n---\nText.\n");

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.message()).contains("'pasmark'").contains("did you mean 'pass-mark'?");
        });
    }

    @Test
    void a_pass_mark_that_is_not_a_number_is_an_error_at_its_value() {
        FileResult result = parse("---\npass-mark: high\n---\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(12);
            assertThat(problem.message()).contains("pass-mark").contains("'high'");
        });
    }

    @Test
    void a_pass_mark_outside_1_to_100_is_an_error() {
        assertThat(parse("---\npass-mark: 0\n---\n").errors()).hasSize(1);
        assertThat(parse("---\npass-mark: 101\n---\n").errors()).hasSize(1);
        assertThat(Docs.module("---\npass-mark: 90%\n---\n").metadata().passMark()).isEqualTo(90);
    }

    @Test
    void broken_yaml_is_reported_at_the_file_line_and_column_from_the_yaml_parser() {
        FileResult result = parse("---\ntitle: Quote\nroles: [sales-rep\nowner: Dana\n---\nText.\n");

        assertThat(result.isValid()).isFalse();
        Problem problem = result.errors().getFirst();
        assertThat(problem.line()).isBetween(3, 5);
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).startsWith("The front matter could not be read");
    }

    @Test
    void a_tab_in_the_front_matter_is_reported_at_its_line() {
        FileResult result = parse("---\ntitle: Quote\ntags:\n\t- sales\n---\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo(1);
        });
    }

    @Test
    void an_invalid_id_is_an_error_with_a_suggested_slug() {
        FileResult result = parse("---\nid: Send A Quote\n---\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("'send-a-quote'");
        });
    }

    @Test
    void an_invalid_role_id_in_a_list_is_reported_at_the_item() {
        FileResult result = parse("---\nroles:\n  - sales-rep\n  - Sales Lead\n---\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo(5);
        });
    }

    @Test
    void a_list_where_a_single_value_is_expected_is_an_error() {
        FileResult result = parse("---\nowner: [a, b]\n---\n");

        assertThat(result.errors()).singleElement().extracting(Problem::message).asString()
                .contains("'owner' must be a single value");
    }

    @Test
    void a_duplicate_key_is_an_error_at_the_second_occurrence() {
        FileResult result = parse("---\ntitle: A\nowner: X\ntitle: B\n---\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("appears twice");
        });
    }

    @Test
    void an_unclosed_front_matter_is_an_error_on_line_1() {
        FileResult result = parse("---\ntitle: A\n\nText.\n");

        assertThat(result.errors()).singleElement().extracting(Problem::line).isEqualTo(1);
    }

    @Test
    void bad_durations_and_attempts_are_errors() {
        FileResult result = parse("---\nestimate: soon\ncooldown: 0m\nmax-attempts: 0\n---\n");

        assertThat(result.errors()).extracting(Problem::line).containsExactly(2, 3, 4);
    }

    @Test
    void yaml_tags_are_not_instantiated() {
        FileResult result = parse("---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\n");

        assertThat(result.isValid()).isFalse();
    }

    @Test
    void a_front_matter_that_is_not_a_mapping_is_an_error() {
        assertThat(parse("---\n- a\n- b\n---\n").errors()).singleElement().extracting(Problem::line).isEqualTo(2);
    }

    private static OptionalInt estimate(String text) {
        return module("---\nestimate: " + text + "\n---\n").metadata().estimateMinutes();
    }
}
