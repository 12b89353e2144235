package app.stepwise.content;

import static app.stepwise.content.Docs.module;
import static app.stepwise.content.Docs.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PracticeParsingTest {

    @Test
    void a_task_takes_its_title_from_a_bold_lead_and_its_settings_from_nested_lines() {
        ProcessDoc doc = module("""
                ## Practice

                - [ ] **Prepare a quote**: for a test customer.
                  Use the sandbox.
                  Evidence: file
                  Sign-off: none
                """);

        assertThat(doc.practiceTasks()).singleElement().satisfies(task -> {
            assertThat(task.number()).isEqualTo(1);
            assertThat(task.title()).isEqualTo("Prepare a quote");
            assertThat(task.descriptionMarkdown()).isEqualTo("for a test customer.\nUse the sandbox.");
            assertThat(task.evidence()).isEqualTo(Evidence.FILE);
            assertThat(task.signOff()).isEqualTo(SignOff.NONE);
            assertThat(task.line()).isEqualTo(3);
        });
    }

    @Test
    void text_around_the_tasks_is_reported_because_learners_never_see_it() {
        FileResult result = parse("## Practice\n\nDo these in the sandbox.\n\n- [ ] Do it.\n- Not a task\n\nA closing remark.\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.module().orElseThrow().practiceTasks()).hasSize(1);
        assertThat(result.problems()).extracting(Problem::line, Problem::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Severity.WARNING), org.assertj.core.groups.Tuple.tuple(6, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(8, Severity.WARNING));
        assertThat(result.problems().get(0).message()).contains("not shown to learners");
        assertThat(result.problems().get(1).message()).contains("not a practice task");
    }

    @Test
    void without_a_bold_lead_the_title_is_the_first_sentence_and_defaults_apply() {
        ProcessDoc doc = module("## Practice\n\n- [ ] Shadow a colleague. Note two questions.\n  - Evidence: link\n");

        assertThat(doc.practiceTasks()).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Shadow a colleague.");
            assertThat(task.descriptionMarkdown()).isEqualTo("Note two questions.");
            assertThat(task.evidence()).isEqualTo(Evidence.LINK);
            assertThat(task.signOff()).isEqualTo(SignOff.TRAINER);
        });
    }

    @Test
    void a_task_without_settings_asks_for_text_evidence_and_trainer_sign_off() {
        PracticeTask task = module("## Practice\n- [ ] Do it\n").practiceTasks().getFirst();

        assertThat(task).extracting(PracticeTask::title, PracticeTask::evidence, PracticeTask::signOff)
                .containsExactly("Do it", Evidence.TEXT, SignOff.TRAINER);
    }

    @Test
    void an_unknown_evidence_value_is_an_error_at_the_value() {
        FileResult result = parse("## Practice\n\n- [ ] Do it.\n  Evidence: photo\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo(13);
            assertThat(problem.message()).contains("text, link or file").contains("'photo'");
        });
    }

    @Test
    void an_unknown_sign_off_value_is_an_error() {
        FileResult result = parse("## Practice\n\n- [ ] Do it.\n  - Sign-off: manager\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("trainer or none");
        });
    }

    @Test
    void plain_items_in_the_practice_section_are_not_tasks() {
        assertThat(module("## Practice\n\n- Read the guide\n- [ ] Try it\n").practiceTasks())
                .extracting(PracticeTask::title).containsExactly("Try it");
    }
}
