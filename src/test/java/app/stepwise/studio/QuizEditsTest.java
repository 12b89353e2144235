package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.studio.QuestionForm.Field;
import app.stepwise.studio.QuestionForm.Option;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuizEditsTest {
    private static final String TEMPLATE = ModuleTemplate.source("builder", "Builder", "Tia Trainer");

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of(form(QuestionType.SINGLE_CHOICE, "Who approves discounts above 15%?",
                        List.of(new Option("Nobody", false), new Option("Your `manager`", true)), List.of(),
                        "The pricing policy says so.", "step-prepare"), """
                        ### Who approves discounts above 15%?
                        1. [ ] Nobody
                        2. [x] Your `manager`
                        > The pricing policy says so.
                        Step: step-prepare"""),
                Arguments.of(form(QuestionType.MULTIPLE_CHOICE, "Which apply?",
                        List.of(new Option("One", true), new Option("Two", true), new Option("Three", false)), List.of(),
                        "", ""), """
                        ### Which apply?
                        - [x] One
                        - [x] Two
                        - [ ] Three"""),
                Arguments.of(form(QuestionType.TRUE_FALSE, "The sky is *green*.",
                        List.of(new Option("True", false), new Option("False", true)), List.of(), "", "step-confirm"), """
                        ### The sky is *green*.
                        1. [ ] True
                        2. [x] False

                        Step: step-confirm"""),
                Arguments.of(form(QuestionType.ORDERING, "Put these in order",
                        List.of(new Option("Prepare", true), new Option("Do", true), new Option("Confirm", true)), List.of(),
                        "First things first.\n\nThen the rest.", ""), """
                        ### Put these in order
                        1. Prepare
                        2. Do
                        3. Confirm
                        > First things first.
                        >
                        > Then the rest."""),
                Arguments.of(form(QuestionType.SHORT_ANSWER, "Payment terms?", List.of(), List.of("net 30", "30 days"),
                        "", "step-do-the-work"), """
                        ### Payment terms?
                        Answer: net 30 | 30 days

                        Step: step-do-the-work"""));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void every_type_is_written_as_canonical_markdown_that_the_parser_reads_as_the_same_question(QuestionForm form,
                                                                                                 String markdown) {
        assertThat(QuestionMarkdown.of(form)).isEqualTo(markdown);

        var written = written(QuizEdits.write(TEMPLATE, null, form));
        ProcessDoc doc = StudioDocs.clean("builder", written.text());
        Question parsed = doc.questions().getLast();
        assertThat(written.number()).isEqualTo(2);
        assertThat(written.text().substring(written.caret())).startsWith(markdown.lines().findFirst().orElseThrow());
        assertThat(parsed.type()).isEqualTo(form.type());
        assertThat(parsed.prompt()).isEqualTo(form.prompt().replace("`", "").replace("*", ""));
        assertThat(parsed.options()).extracting(AnswerOption::markdown).containsExactlyElementsOf(
                form.options().stream().map(Option::text).toList());
        assertThat(parsed.options()).extracting(AnswerOption::correct).containsExactlyElementsOf(
                form.options().stream().map(o -> o.correct() || form.type() == QuestionType.ORDERING).toList());
        assertThat(parsed.acceptedAnswers()).isEqualTo(form.answers());
        assertThat(parsed.explanationMarkdown()).isEqualTo(form.explanation());
        assertThat(parsed.stepAnchor().orElse("")).isEqualTo(form.step());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void canonical_markdown_read_into_the_form_and_written_again_is_unchanged(QuestionForm form, String markdown) {
        String text = written(QuizEdits.write(TEMPLATE, null, form)).text();
        QuizQuestion read = QuizEdits.questions(StudioDocs.clean("builder", text)).getLast();

        assertThat(read.form()).isEqualTo(form);
        assertThat(QuestionMarkdown.of(read.form())).isEqualTo(markdown);
        assertThat(text.lines().toList().subList(read.firstLine() - 1, read.lastLine())).containsExactlyElementsOf(
                markdown.lines().toList());
        assertThat(written(QuizEdits.write(text, read, read.form())).text()).isEqualTo(text);
    }

    @Test
    void the_template_question_is_read_with_its_lines_and_a_step_written_by_its_short_name() {
        ProcessDoc doc = StudioDocs.clean("builder", TEMPLATE);
        QuizQuestion question = QuizEdits.questions(doc).getFirst();
        List<String> lines = TEMPLATE.lines().toList();

        assertThat(lines.get(question.firstLine() - 1)).isEqualTo("### What do you do before the main work?");
        assertThat(lines.get(question.lastLine() - 1)).isEqualTo("Step: prepare");
        assertThat(question.form()).isEqualTo(new QuestionForm(QuestionType.SINGLE_CHOICE,
                "What do you do before the main work?", "", List.of(new Option("Prepare what you need", true),
                new Option("Confirm the result", false), new Option("Nothing: start straight away", false)),
                List.of(), "Preparing first avoids redoing the work.", "step-prepare"));
    }

    @Test
    void editing_a_question_replaces_only_its_lines() {
        QuizQuestion first = QuizEdits.questions(StudioDocs.clean("builder", TEMPLATE)).getFirst();
        QuestionForm changed = first.form().withPrompt("What comes first?").withExplanation("");

        String text = written(QuizEdits.write(TEMPLATE, first, changed)).text();

        assertThat(text).contains("""
                ## Quiz

                ### What comes first?
                1. [x] Prepare what you need
                2. [ ] Confirm the result
                3. [ ] Nothing: start straight away

                Step: step-prepare

                ## Practice
                """);
        assertThat(text.replaceAll("(?s)## Quiz.*## Practice", "")).isEqualTo(TEMPLATE.replaceAll("(?s)## Quiz.*## Practice", ""));
    }

    @Test
    void a_new_question_creates_the_quiz_section_when_the_draft_has_none() {
        String noQuiz = TEMPLATE.replaceAll("(?s)## Quiz.*(?=## Practice)", "");
        var written = written(QuizEdits.write(noQuiz, null, form(QuestionType.SHORT_ANSWER, "Which tool?", List.of(),
                List.of("the CRM"), "", "")));

        ProcessDoc doc = StudioDocs.clean("builder", written.text());
        assertThat(doc.questions()).extracting(Question::prompt).containsExactly("Which tool?");
        assertThat(written.text()).contains("## Quiz\n\n### Which tool?\nAnswer: the CRM\n\n## Practice");
    }

    @Test
    void deleting_a_question_takes_its_lines_and_the_blank_line_after_them() {
        String two = written(QuizEdits.write(TEMPLATE, null, form(QuestionType.SHORT_ANSWER, "Which tool?", List.of(),
                List.of("the CRM"), "", ""))).text();
        List<QuizQuestion> questions = QuizEdits.questions(StudioDocs.clean("builder", two));

        String withoutFirst = written(QuizEdits.delete(two, questions.getFirst())).text();
        assertThat(withoutFirst).contains("## Quiz\n\n### Which tool?\nAnswer: the CRM\n\n## Practice");
        String withoutSecond = written(QuizEdits.delete(two, questions.getLast())).text();
        assertThat(withoutSecond).isEqualTo(TEMPLATE);
        String atTheEnd = "---\nid: end\ntitle: End\n---\n# End\n\n## Quiz\n\n### Last?\nAnswer: yes\n";
        String empty = written(QuizEdits.delete(atTheEnd, QuizEdits.questions(StudioDocs.clean("end", atTheEnd)).getFirst())).text();
        assertThat(empty).isEqualTo("---\nid: end\ntitle: End\n---\n# End\n\n## Quiz\n");
    }

    @Test
    void awkward_text_is_escaped_so_it_reads_back_as_typed() {
        QuestionForm awkward = form(QuestionType.ORDERING, "2024: which comes first? #",
                List.of(new Option("1. Open the file", true), new Option("# heading-like", true),
                        new Option("> quoted", true), new Option("- dash", true), new Option("[x] boxed", true),
                        new Option("*** stars", true), new Option("```fence", true)), List.of(),
                "Line one\nStep: not a step line in a quote\n\n\nLine three", "");

        String text = written(QuizEdits.write(TEMPLATE, null, awkward)).text();

        QuizQuestion read = QuizEdits.questions(StudioDocs.clean("builder", text)).getLast();
        assertThat(read.question().type()).isEqualTo(QuestionType.ORDERING);
        assertThat(read.question().prompt()).isEqualTo("2024: which comes first? #");
        assertThat(read.question().options()).extracting(AnswerOption::text).containsExactly("1. Open the file",
                "# heading-like", "> quoted", "- dash", "[x] boxed", "*** stars", "```fence");
        assertThat(read.question().explanationMarkdown()).isEqualTo("Line one\nStep: not a step line in a quote\n\n\nLine three");
        assertThat(read.form().options()).isEqualTo(awkward.options());
        assertThat(read.form().prompt()).isEqualTo(awkward.prompt());
        assertThat(QuestionMarkdown.of(read.form())).isEqualTo(QuestionMarkdown.of(awkward));
    }

    @Test
    void prompts_starting_with_digits_or_markdown_characters_stay_prompts() {
        for (String prompt : List.of("1. First or second?", "> Quoted?", "- Listed?", "## Deeper?", "3 + 4 = ?")) {
            var written = written(QuizEdits.write(TEMPLATE, null, form(QuestionType.SHORT_ANSWER, prompt, List.of(),
                    List.of("yes"), "", "")));
            assertThat(StudioDocs.clean("builder", written.text()).questions().getLast().prompt()).isEqualTo(prompt);
        }
    }

    @Test
    void empty_options_a_pipe_in_an_answer_and_missing_correct_answers_are_form_errors_not_markdown() {
        assertThat(problems(form(QuestionType.SINGLE_CHOICE, "", List.of(new Option("A", false), new Option(" ", false)),
                List.of(), "", ""))).containsExactly(
                new QuestionForm.Problem(Field.PROMPT, -1, "Write the question."),
                new QuestionForm.Problem(Field.OPTIONS, 1, "Option 2 is empty: fill it in or remove it."),
                new QuestionForm.Problem(Field.OPTIONS, -1, "Mark the correct answer."));
        assertThat(problems(form(QuestionType.SHORT_ANSWER, "Terms?", List.of(), List.of("net 30 | 30 days", ""), "", "")))
                .extracting(QuestionForm.Problem::row).containsExactly(0, 1);
        assertThat(problems(form(QuestionType.SINGLE_CHOICE, "Which?", List.of(new Option("A", true), new Option("B", true)),
                List.of(), "", ""))).extracting(QuestionForm.Problem::message)
                .containsExactly("Mark exactly one correct answer (or make this a multiple choice question).");
        assertThat(problems(form(QuestionType.ORDERING, "Order?", List.of(new Option("Only", true)), List.of(), "", "")))
                .extracting(QuestionForm.Problem::message).containsExactly("List at least two items, in the right order.");
        assertThat(problems(form(QuestionType.MULTIPLE_CHOICE, "Which?", List.of(new Option("A", false),
                new Option("B", false)), List.of(), "", ""))).extracting(QuestionForm.Problem::message)
                .containsExactly("Mark at least one option as correct.");

        var refused = (QuizEdits.Refused) QuizEdits.write(TEMPLATE, null, form(QuestionType.SHORT_ANSWER, "Terms?",
                List.of(), List.of("a|b"), "", ""));
        assertThat(refused.problems()).singleElement().extracting(QuestionForm.Problem::field).isEqualTo(Field.ANSWERS);
    }

    @Test
    void a_body_line_the_quiz_would_read_as_an_answer_is_refused_at_the_body() {
        QuestionForm form = form(QuestionType.SINGLE_CHOICE, "Which?", List.of(new Option("A", true), new Option("B", false)),
                List.of(), "", "").withBody("Read this first.\nAnswer: not really");

        var refused = (QuizEdits.Refused) QuizEdits.write(TEMPLATE, null, form);

        assertThat(refused.message()).contains("not be a valid question").contains("both options and an 'Answer:' line");
        var misread = (QuizEdits.Refused) QuizEdits.write(TEMPLATE, null, form(QuestionType.SHORT_ANSWER, "Which?",
                List.of(), List.of("A"), "", "").withBody("Context.\nStep: 2"));
        assertThat(misread.problems()).extracting(QuestionForm.Problem::field).contains(Field.BODY);
    }

    @Test
    void a_form_is_not_written_over_a_question_that_changed_or_while_the_text_has_errors() {
        QuizQuestion first = QuizEdits.questions(StudioDocs.clean("builder", TEMPLATE)).getFirst();
        String edited = TEMPLATE.replace("1. [ ] Confirm the result", "1. [ ] Check the result");

        assertThat(((QuizEdits.Refused) QuizEdits.write(edited, first, first.form().withPrompt("New?"))).message())
                .isEqualTo("The Markdown of this question changed; reload or keep your form.");
        String broken = TEMPLATE.replace("1. [ ] Confirm the result", "1. [x] Confirm the result");
        assertThat(((QuizEdits.Refused) QuizEdits.write(broken, first, first.form())).message()).startsWith("The Markdown has errors");
        assertThat(QuizEdits.delete(broken, first)).isInstanceOf(QuizEdits.Refused.class);
    }

    @Test
    void an_open_question_is_found_again_after_the_markdown_moved_or_changed_it() {
        QuizQuestion opened = QuizEdits.questions(StudioDocs.clean("builder", TEMPLATE)).getFirst();
        String moved = written(QuizEdits.write(TEMPLATE.replace("## Quiz\n", "## Quiz\n\n### Before?\nAnswer: yes\n"),
                null, form(QuestionType.SHORT_ANSWER, "After?", List.of(), List.of("no"), "", ""))).text();
        var movedList = QuizEdits.questions(StudioDocs.clean("builder", moved));
        assertThat(QuizEdits.counterpart(movedList, opened, 1)).get().extracting(QuizQuestion::number).isEqualTo(2);

        String reworded = TEMPLATE.replace("What do you do before the main work?", "What comes first?");
        var rewordedList = QuizEdits.questions(StudioDocs.clean("builder", reworded));
        assertThat(QuizEdits.counterpart(rewordedList, opened, 1)).get()
                .extracting(q -> q.form().prompt()).isEqualTo("What comes first?");

        var none = QuizEdits.questions(StudioDocs.clean("builder", TEMPLATE.replaceAll("(?s)### What do.*Step: prepare\n", "")));
        assertThat(QuizEdits.counterpart(none, opened, 1)).isEmpty();
    }

    private static QuestionForm form(QuestionType type, String prompt, List<Option> options, List<String> answers,
                                     String explanation, String step) {
        return new QuestionForm(type, prompt, "", options, answers, explanation, step);
    }

    private static List<QuestionForm.Problem> problems(QuestionForm form) {
        return form.problems();
    }

    private static QuizEdits.Written written(QuizEdits.Outcome outcome) {
        assertThat(outcome).isInstanceOf(QuizEdits.Written.class);
        return (QuizEdits.Written) outcome;
    }
}
