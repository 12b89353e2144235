package app.stepwise.content;

import static app.stepwise.content.Docs.module;
import static app.stepwise.content.Docs.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuizParsingTest {

    private static final String STEPS = """
            ## Steps
            1. **Open** the template.
            2. **Check** the discount. {#check-discount}
            3. **Send** the quote.

            ## Quiz

            """;

    @Test
    void numbered_checkbox_options_make_a_single_choice_question() {
        Question question = only(STEPS + """
                ### Who approves big discounts?

                Think about the policy.

                1. [ ] Nobody
                2. [x] Your **manager**
                3. [ ] The customer

                > The pricing policy says so.
                > Always.
                """);

        assertThat(question.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(question.prompt()).isEqualTo("Who approves big discounts?");
        assertThat(question.key()).isEqualTo("q-who-approves-big-discounts");
        assertThat(question.line()).isEqualTo(8);
        assertThat(question.bodyMarkdown()).isEqualTo("Think about the policy.");
        assertThat(question.options()).extracting(AnswerOption::text, AnswerOption::correct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nobody", false),
                org.assertj.core.groups.Tuple.tuple("Your manager", true),
                org.assertj.core.groups.Tuple.tuple("The customer", false));
        assertThat(question.options().get(1).markdown()).isEqualTo("Your **manager**");
        assertThat(question.explanationMarkdown()).isEqualTo("The pricing policy says so.\nAlways.");
    }

    @Test
    void a_single_choice_with_options_true_and_false_is_a_true_false_question() {
        assertThat(only(STEPS + "### Quotes expire after 30 days.\n\n1. [ ] true\n2. [x] False\n").type())
                .isEqualTo(QuestionType.TRUE_FALSE);
    }

    @Test
    void bulleted_checkbox_options_make_a_multiple_choice_question() {
        Question question = only(STEPS + "### Which tools?\n\n- [x] CRM\n- [X] Quote tool\n- [ ] Personal mail\n");

        assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(question.options()).filteredOn(AnswerOption::correct).hasSize(2);
    }

    @Test
    void a_plain_numbered_list_is_an_ordering_question_in_the_given_order() {
        Question question = only(STEPS + "### Put in order\n\n1. Open\n2. Check\n3. Send\n");

        assertThat(question.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(question.options()).extracting(AnswerOption::text).containsExactly("Open", "Check", "Send");
    }

    @Test
    void an_answer_line_makes_a_short_answer_question_with_normalised_answers() {
        Question question = only(STEPS + "### Payment terms?\n\nAnswer: Net  30 | 30 days \n");

        assertThat(question.type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(question.acceptedAnswers()).containsExactly("Net  30", "30 days");
        assertThat(question.normalisedAnswers()).containsExactly("net 30", "30 days");
        assertThat(question.accepts("  NET 30")).isTrue();
        assertThat(question.accepts("net 60")).isFalse();
        assertThat(question.options()).isEmpty();
    }

    @Test
    void a_numbered_list_in_a_short_answer_question_is_part_of_the_body() {
        Question question = only(STEPS + "### What comes next?\n\n1. Open\n2. Check\n\nAnswer: send\n");

        assertThat(question.type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(question.bodyMarkdown()).isEqualTo("1. Open\n2. Check");
    }

    @Test
    void a_step_line_resolves_a_number_or_an_anchor_to_the_step_anchor() {
        ProcessDoc doc = module(STEPS + """
                ### By number
                Answer: x
                Step: 3

                ### By anchor
                Answer: x
                Step: check-discount

                ### By anchor without prefix
                Answer: x
                Step: open
                """);

        assertThat(doc.questions()).extracting(question -> question.stepAnchor().orElseThrow())
                .containsExactly("step-send", "check-discount", "step-open");
    }

    @Test
    void a_step_line_right_under_the_explanation_is_the_step_not_part_of_the_explanation() {
        Question question = only(STEPS + "### Who?\n1. [x] A\n1. [ ] B\n> Because A sends it.\nStep: 3\n");

        assertThat(question.stepAnchor()).hasValue("step-send");
        assertThat(question.explanationMarkdown()).isEqualTo("Because A sends it.");
    }

    @Test
    void a_step_line_naming_a_missing_step_is_an_error_at_its_value() {
        FileResult result = parse(STEPS + "### Q\nAnswer: x\nStep: 7\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.column()).isEqualTo(7);
            assertThat(problem.message()).contains("step '7'").contains("1 to 3");
        });
    }

    @Test
    void a_single_choice_question_with_two_correct_answers_is_rejected_at_its_line() {
        FileResult result = parse(STEPS + "### Who?\n\n1. [x] A\n2. [ ] B\n3. [x] C\n");

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.column()).isEqualTo(4);
            assertThat(problem.message()).contains("'Who?'").contains("more than one option is marked [x]");
        });
    }

    @Test
    void a_question_with_no_correct_answer_is_rejected_at_its_heading() {
        FileResult single = parse(STEPS + "### Who?\n\n1. [ ] A\n2. [ ] B\n");
        FileResult multiple = parse(STEPS + "### Which?\n\n- [ ] A\n- [ ] B\n");

        assertThat(single.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.message()).contains("no correct answer");
        });
        assertThat(multiple.errors()).singleElement().extracting(Problem::message).asString()
                .contains("no correct answer");
    }

    @Test
    void an_ordering_question_with_one_item_is_rejected() {
        FileResult result = parse(STEPS + "### Order?\n\n1. Only\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.message()).contains("only one item");
        });
    }

    @Test
    void a_question_mixing_numbered_and_bulleted_checkboxes_is_rejected() {
        FileResult result = parse(STEPS + "### Mixed?\n\n1. [x] A\n2. [ ] B\n\n- [x] C\n- [ ] D\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(13);
            assertThat(problem.message()).contains("mixes numbered options");
        });
    }

    @Test
    void a_question_mixing_checkbox_and_plain_items_is_rejected() {
        FileResult result = parse(STEPS + "### Mixed?\n\n- [x] A\n- B\n");

        assertThat(result.errors()).singleElement().extracting(Problem::message).asString()
                .contains("items without");
    }

    @Test
    void a_question_with_no_options_and_no_answer_line_is_rejected() {
        FileResult result = parse(STEPS + "### What is it?\n\nJust prose.\n");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.message()).contains("no answer options and no 'Answer:' line");
        });
    }

    @Test
    void a_question_with_both_options_and_an_answer_line_is_rejected() {
        FileResult result = parse(STEPS + "### Both?\n\n- [x] A\n- [ ] B\n\nAnswer: A\n");

        assertThat(result.errors()).singleElement().extracting(Problem::line).isEqualTo(13);
    }

    @Test
    void an_empty_answer_line_is_rejected() {
        assertThat(parse(STEPS + "### Q\n\nAnswer: | \n").errors()).singleElement()
                .extracting(Problem::message).asString().contains("is empty");
    }

    @Test
    void a_quiz_heading_that_is_not_level_3_is_a_warning() {
        FileResult result = parse(STEPS + "### Real\n\n- [x] A\n- [ ] B\n\n#### Hint\n\nThink.\n");

        assertThat(result.isValid()).isTrue();
        assertThat(result.module().orElseThrow().questions().getFirst().bodyMarkdown()).contains("Think.");
        assertThat(result.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(13);
            assertThat(problem.message()).contains("'###'");
        });
    }

    @Test
    void options_before_the_first_question_are_a_warning() {
        FileResult result = parse("## Quiz\n\n- [x] A\n- [ ] B\n");

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).isNotEmpty();
        assertThat(result.module().orElseThrow().questions()).isEmpty();
    }

    @Test
    void questions_are_numbered_and_keys_are_unique() {
        ProcessDoc doc = module(STEPS + "### Same\nAnswer: a\n### Same\nAnswer: b\n");

        assertThat(doc.questions()).extracting(Question::number, Question::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "q-same"),
                        org.assertj.core.groups.Tuple.tuple(2, "q-same-2"));
    }

    private static Question only(String markdown) {
        ProcessDoc doc = module(markdown);
        assertThat(doc.questions()).hasSize(1);
        return doc.questions().getFirst();
    }
}
