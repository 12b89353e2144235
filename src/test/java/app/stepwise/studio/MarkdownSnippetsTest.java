package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.Section;
import app.stepwise.content.SectionKind;
import app.stepwise.content.Step;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarkdownSnippetsTest {
    private static final String TEMPLATE = ModuleTemplate.source("snippets", "Snippets", "Tia Trainer");
    private static final Map<Snippet, QuestionType> TYPES = Map.of(Snippet.SINGLE_CHOICE, QuestionType.SINGLE_CHOICE,
            Snippet.MULTIPLE_CHOICE, QuestionType.MULTIPLE_CHOICE, Snippet.TRUE_FALSE, QuestionType.TRUE_FALSE,
            Snippet.ORDERING, QuestionType.ORDERING, Snippet.SHORT_ANSWER, QuestionType.SHORT_ANSWER);

    @ParameterizedTest
    @EnumSource(Snippet.class)
    void every_snippet_lands_in_its_section_and_the_module_still_validates_cleanly(Snippet snippet) {
        var before = StudioDocs.clean("snippets", TEMPLATE);
        var inserted = MarkdownSnippets.insert(TEMPLATE, -1, snippet);
        var after = StudioDocs.clean("snippets", inserted.text());

        switch (snippet) {
            case STEP -> assertThat(after.steps()).hasSize(before.steps().size() + 1);
            case SNAG -> assertThat(section(after, SectionKind.SNAGS)).contains("Starting unprepared").contains("Name the snag");
            case PRACTICE_TASK -> assertThat(after.practiceTasks()).hasSize(before.practiceTasks().size() + 1);
            default -> assertThat(after.questions()).hasSize(2).last().extracting(Question::type).isEqualTo(TYPES.get(snippet));
        }
        String firstLine = snippet.markdown().lines().findFirst().orElseThrow();
        assertThat(inserted.text().substring(inserted.caret())).startsWith(firstLine);
    }

    @Test
    void a_step_goes_after_the_step_the_cursor_is_in() {
        int inFirstStep = TEMPLATE.indexOf("What to have ready");
        var after = StudioDocs.clean("snippets", MarkdownSnippets.insert(TEMPLATE, inFirstStep, Snippet.STEP).text());

        assertThat(after.steps()).extracting(Step::text).containsExactly("Prepare. What to have ready before you start, "
                + "and where to find it.", "Name the step. What to do, where, and what done looks like.",
                "Do the work. The main action: what to do, in which tool, and what done looks like.",
                "Confirm. How you check the result, and whom you tell.");
    }

    @Test
    void a_question_goes_after_the_question_the_cursor_is_in_and_never_splits_it() {
        String twoQuestions = MarkdownSnippets.insert(TEMPLATE, -1, Snippet.SHORT_ANSWER).text();
        int inFirstQuestion = twoQuestions.indexOf("1. [ ] Confirm the result");
        var after = StudioDocs.clean("snippets", MarkdownSnippets.insert(twoQuestions, inFirstQuestion, Snippet.TRUE_FALSE).text());

        assertThat(after.questions()).extracting(Question::type).containsExactly(QuestionType.SINGLE_CHOICE,
                QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER);
    }

    @Test
    void a_missing_section_is_created_in_the_conventional_order() {
        String noQuiz = TEMPLATE.substring(0, TEMPLATE.indexOf("## Quiz")) + TEMPLATE.substring(TEMPLATE.indexOf("## Practice"));
        var inserted = MarkdownSnippets.insert(noQuiz, 0, Snippet.ORDERING);
        var after = StudioDocs.clean("snippets", inserted.text());

        assertThat(after.sections()).extracting(Section::kind).containsSubsequence(SectionKind.KPIS, SectionKind.QUIZ,
                SectionKind.PRACTICE);
        assertThat(after.questions()).singleElement().extracting(Question::type).isEqualTo(QuestionType.ORDERING);

        String onlyTitle = "---\nid: bare\n---\n# Bare\n";
        var steps = StudioDocs.clean("bare", MarkdownSnippets.insert(onlyTitle, -1, Snippet.STEP).text());
        assertThat(steps.steps()).hasSize(1);
    }

    @Test
    void a_heading_inside_a_code_block_is_not_a_section() {
        String fenced = TEMPLATE.replace("## Deliverable\n", "```\n## Quiz\n```\n\n## Deliverable\n");
        var after = StudioDocs.clean("snippets", MarkdownSnippets.insert(fenced, -1, Snippet.MULTIPLE_CHOICE).text());

        assertThat(after.questions()).hasSize(2);
        assertThat(section(after, SectionKind.DELIVERABLE)).doesNotContain("choose all that apply");
    }

    @Test
    void an_accepted_question_is_appended_to_the_quiz() {
        String question = "### Which comes first?\n1. [x] Prepare\n1. [ ] Confirm\nStep: prepare";
        var after = StudioDocs.clean("snippets", MarkdownSnippets.appendQuestion(TEMPLATE, question).text());

        assertThat(after.questions()).extracting(Question::prompt).containsExactly("What do you do before the main work?",
                "Which comes first?");
    }

    private static String section(app.stepwise.content.ProcessDoc doc, SectionKind kind) {
        return doc.sections().stream().filter(s -> s.kind() == kind).map(Section::markdown).findFirst().orElse("");
    }
}
