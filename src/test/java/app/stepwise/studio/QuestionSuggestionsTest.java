package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.SafeHtmlRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionSuggestionsTest {
    static final String REFUNDS = """
            ---
            id: refunds
            title: Refund a customer
            ---
            # Refund a customer

            ## Steps
            1. **Check the order.** Find the order in the CRM and confirm the payment.
            2. **Approve the refund.** Refunds over 100 EUR need the team lead. {#approve}
            3. **Pay it back.** Refund to the original payment method in the payment tool.
            4. **Tell the customer.** Send the refund email template.

            ## Snags
            - **Refunding to a new card.** Paying back to another card than the original payment invites fraud.
            - Forgetting the email leaves the customer guessing.

            ## Quiz

            ### Who approves refunds over 100 EUR?
            1. [x] The team lead
            1. [ ] Anyone
            Step: approve
            """;

    @Test
    void the_ordering_question_lists_the_steps_in_order_and_tests_the_first_step() {
        var ordering = suggestions(REFUNDS).stream().filter(s -> s.kind() == SuggestedQuestion.Kind.ORDERING).findFirst().orElseThrow();
        var question = accepted(REFUNDS, ordering);

        assertThat(question.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(question.prompt()).isEqualTo("Put the steps of \"Refund a customer\" in order");
        assertThat(question.options()).extracting(AnswerOption::text)
                .containsExactly("Check the order", "Approve the refund", "Pay it back", "Tell the customer");
        assertThat(question.stepAnchor()).contains("step-check-the-order");
    }

    @Test
    void what_comes_after_a_step_has_the_next_step_as_its_one_right_answer_and_tests_that_step() {
        var after = suggestions(REFUNDS).stream().filter(s -> s.kind() == SuggestedQuestion.Kind.NEXT_STEP).toList();

        assertThat(after).extracting(SuggestedQuestion::prompt).containsExactly("What comes after \"Check the order\"?",
                "What comes after \"Approve the refund\"?", "What comes after \"Pay it back\"?");
        var second = accepted(REFUNDS, after.get(1));
        assertThat(second.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(second.options()).filteredOn(AnswerOption::correct).extracting(AnswerOption::text).containsExactly("Pay it back");
        assertThat(second.options()).extracting(AnswerOption::text).doesNotContain("Approve the refund").doesNotHaveDuplicates();
        assertThat(second.stepAnchor()).contains("step-pay-it-back");
        assertThat(after.get(1).stepNumber()).isEqualTo(3);
        // The right answer's position varies, so "always the first option" is no strategy.
        assertThat(after.stream().map(s -> accepted(REFUNDS, s).options().indexOf(
                accepted(REFUNDS, s).options().stream().filter(AnswerOption::correct).findFirst().orElseThrow())).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void a_snag_question_offers_the_snag_among_steps_and_links_the_step_it_shares_words_with() {
        var snags = suggestions(REFUNDS).stream().filter(s -> s.kind() == SuggestedQuestion.Kind.SNAG).toList();

        assertThat(snags).hasSize(2);
        var card = accepted(REFUNDS, snags.getFirst());
        assertThat(card.options()).filteredOn(AnswerOption::correct).extracting(AnswerOption::text)
                .containsExactly("Refunding to a new card");
        assertThat(card.stepAnchor()).contains("step-pay-it-back"); // "original payment" is in step 3
        assertThat(accepted(REFUNDS, snags.get(1)).stepAnchor()).contains("step-tell-the-customer"); // "email"
        assertThat(accepted(REFUNDS, snags.get(1)).options()).filteredOn(AnswerOption::correct)
                .extracting(AnswerOption::text).containsExactly("Forgetting the email leaves the customer guessing");
    }

    @Test
    void suggestions_are_the_same_for_the_same_text_and_leave_out_what_the_quiz_asks() {
        assertThat(suggestions(REFUNDS)).isEqualTo(suggestions(REFUNDS));

        var first = suggestions(REFUNDS).getFirst();
        String withFirst = MarkdownSnippets.appendQuestion(REFUNDS, first.markdown()).text();
        assertThat(suggestions(withFirst)).extracting(SuggestedQuestion::id).doesNotContain(first.id())
                .hasSize(suggestions(REFUNDS).size() - 1);
    }

    @Test
    void accepting_every_suggestion_keeps_the_module_valid() {
        String text = REFUNDS;
        for (var suggestion : suggestions(REFUNDS)) {
            text = MarkdownSnippets.appendQuestion(text, suggestion.markdown()).text();
        }
        assertThat(StudioDocs.clean("refunds", text).questions()).hasSize(1 + suggestions(REFUNDS).size());
    }

    @Test
    void two_steps_make_no_ordering_or_next_step_question_and_labels_with_markdown_characters_survive() {
        String two = """
                ---
                id: two
                ---
                # Two

                ## Steps
                1. Open the `config_file` and set *debug* [off].
                2. Restart the service.

                ## Snags
                - Restarting twice.
                """;
        var suggestions = suggestions(two);
        assertThat(suggestions).extracting(SuggestedQuestion::kind).containsExactly(SuggestedQuestion.Kind.SNAG);
        var question = accepted(two, suggestions.getFirst());
        assertThat(question.options()).extracting(o -> SafeHtmlRenderer.render(o.markdown()))
                .anySatisfy(html -> assertThat(html).contains("Open the config_file and set debug [off]"));
    }

    private static List<SuggestedQuestion> suggestions(String markdown) {
        return QuestionSuggestions.from(StudioDocs.validate("refunds", markdown).module().orElseThrow());
    }

    private static Question accepted(String markdown, SuggestedQuestion suggestion) {
        ProcessDoc doc = StudioDocs.validate("refunds", MarkdownSnippets.appendQuestion(markdown, suggestion.markdown()).text())
                .module().orElseThrow();
        return doc.questions().stream().filter(q -> q.prompt().equals(suggestion.prompt())).findFirst().orElseThrow();
    }
}
