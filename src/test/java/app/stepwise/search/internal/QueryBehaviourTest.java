package app.stepwise.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.search.SearchQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryBehaviourTest {
    SmallIndex index;

    @BeforeEach
    void index() throws Exception {
        index = new SmallIndex()
                .step("purchasing", "Purchasing", "step-approval", "Get budget approval. The Finance Director approves requests over $2,500.",
                        List.of("operations-coordinator"), List.of("finance"))
                .step("purchasing", "Purchasing", "step-match", "Match before payment. Compare the purchase order, the goods received note and the invoice.",
                        List.of("operations-coordinator"), List.of("finance"))
                .step("complaints", "Customer complaints", "step-resolve", "Resolve. You may approve credits up to $100; refunds need the Support Lead.",
                        List.of("support-rep"), List.of("support"))
                .step("time-off", "Requesting time off", "step-notice", "Submit with the right notice. Request vacation days in the HR system.",
                        List.of("support-rep"), List.of("hr"))
                .step("time-off", "Requesting time off", "step-order", "Order of approval: the approval comes before the order.",
                        List.of("support-rep"), List.of("hr"))
                .section("triage", "Ticket triage", "section-snags", "Snags", "Escalating too early wastes the engineers' time.");
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void stemming_finds_other_forms_of_a_word() {
        assertThat(index.anchors("approving requests")).first().isEqualTo("step-approval");
        assertThat(index.anchors("escalation")).containsExactly("section-snags");
        assertThat(TextAnalysis.terms(TextAnalysis.ENGLISH, "How do I request refunds?")).containsExactly("request", "refund");
    }

    @Test
    void quotes_make_a_phrase_that_needs_its_words_in_order() {
        assertThat(index.anchors("\"purchase order\"")).containsExactly("step-match");
        assertThat(index.anchors("\"order purchase\"")).isEmpty();
        assertThat(index.anchors("purchase order")).contains("step-match");
    }

    @Test
    void a_typo_still_finds_the_word_but_ranks_below_an_exact_match() {
        assertThat(index.anchors("refnds")).containsExactly("step-resolve");
        assertThat(index.anchors("finnance direktor")).first().isEqualTo("step-approval");
        assertThat(index.anchors("ordr")).as("four letters: one edit").contains("step-match");
        assertThat(index.anchors("hr")).containsExactly("step-notice");
        assertThat(index.anchors("hx")).as("short words need an exact match").isEmpty();
        assertThat(index.anchors("aprovall")).as("eight letters: two edits").contains("step-approval");
        assertThat(index.anchors("rfenuds")).as("seven letters: one edit only").isEmpty();

        index.step("orders", "Orders", "step-exact", "Orders are entered daily.", List.of(), List.of());
        var hits = index.search("orderz").hits();
        assertThat(hits).extracting(h -> h.anchor()).contains("step-exact", "step-match");
        assertThat(index.search("orders").hits().getFirst().score())
                .as("an exact match scores above any typo match").isGreaterThan(hits.getFirst().score());
    }

    @Test
    void every_word_must_match_unless_that_finds_almost_nothing() {
        assertThat(index.anchors("approval order")).first().isEqualTo("step-order");
        var relaxed = index.search("vacation refunds budget");
        assertThat(relaxed.relaxed()).isTrue();
        assertThat(relaxed.hits()).extracting(h -> h.anchor()).contains("step-notice", "step-resolve", "step-approval");
    }

    @Test
    void the_last_word_being_typed_matches_as_a_prefix() {
        var typing = new SearchQuery("budget appr", null, null, 0, 10, true);
        assertThat(index.search(typing).hits()).extracting(h -> h.anchor()).first().isEqualTo("step-approval");
        assertThat(index.search(typing).relaxed()).isFalse();
        assertThat(index.search(new SearchQuery("appr", null, null, 0, 10, true)).hits()).isNotEmpty();
        assertThat(index.search(new SearchQuery("appr ", null, null, 0, 10, true)).hits()).as("a finished word").isEmpty();
        assertThat(index.search(SearchQuery.of("appr")).hits()).as("full searches match whole words").isEmpty();
    }

    @Test
    void synonyms_find_each_other_both_ways_and_in_several_words() {
        assertThat(index.anchors("pto")).isEmpty();
        index.synonyms = Synonyms.parse("# time away\npto, vacation, time off\npo => purchase order\n");
        assertThat(index.anchors("pto")).contains("step-notice");
        assertThat(index.anchors("time off")).contains("step-notice");
        assertThat(index.anchors("po")).containsExactly("step-match");
    }

    @Test
    void a_synonym_file_with_a_mistake_names_the_line() {
        assertThatThrownBy(() -> Synonyms.parse("pto, time off\nlonely\n")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> Synonyms.parse("a, , b")).hasMessageContaining("Line 1").hasMessageContaining("empty");
        assertThat(Synonyms.parse("# only a comment\n\n").size()).isZero();
    }

    @Test
    void snippets_mark_only_the_matches_and_escape_the_text() {
        index.step("html", "Html", "step-html", "Never paste <script> into the refund note.", List.of(), List.of());
        var hit = index.search("refund note").hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>refund</mark>", "<mark>note</mark>", "&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(hit.url()).isEqualTo("module/html#step-html");
    }

    @Test
    void facets_count_roles_and_tags_and_a_role_filter_keeps_only_its_hits() {
        var all = index.search("approval");
        assertThat(all.roles()).extracting(f -> f.value() + "=" + f.count())
                .containsExactlyInAnyOrder("operations-coordinator=1", "support-rep=2");
        assertThat(all.roles()).filteredOn(f -> f.value().equals("support-rep")).first()
                .extracting(f -> f.label()).isEqualTo("Support Representative");
        var filtered = index.search(SearchQuery.of("approval").withRoles(Set.of("support-rep")));
        assertThat(filtered.hits()).extracting(h -> h.anchor()).containsExactlyInAnyOrder("step-order", "step-resolve");
        assertThat(filtered.roles()).as("counted without the filter").hasSize(2);
    }

    @Test
    void drafts_are_indexed_but_never_found() {
        index.index.add(List.of(new IndexedUnit(IndexedUnit.Kind.STEP, "draft-module", "Draft", 2, "step-new", "Step 1",
                "Shred the platypus forms", "Shred the platypus forms before filing.", "", List.of(), List.of(), "d.md",
                IndexedUnit.State.DRAFT)));
        index.index.commit();
        assertThat(index.index.documentCount()).isEqualTo(7);
        assertThat(index.search("platypus").hits()).isEmpty();
    }

    @Test
    void an_unknown_word_gets_a_did_you_mean() {
        var results = index.search("invoyce");
        assertThat(results.suggestion()).isEqualTo("invoice");
        var nothing = index.search("vcation");
        assertThat(index.search("xqzv").total()).isZero();
        assertThat(nothing.suggestion()).isEqualTo("vacation");
        assertThat(index.search("invoice").suggestion()).isNull();
    }
}
