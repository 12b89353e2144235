package app.stepwise.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.search.internal.KnowledgeIndex;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Questions a new hire would type, over the sample curriculum, each with the steps or sections that
 * answer it. The knowledge base must put an answer in its first three hits for at least 90% of them.
 * Prints the mean reciprocal rank (1 = always first) and each miss, for tuning.
 */
@IntegrationTest
class SearchRelevanceTest {
    /** question, then accepted answers: {@code module:N} (step N), {@code module:section-x}, or {@code module:} (the module). */
    static final List<List<String>> QUESTIONS = List.of(
            List.of("how do we issue a refund", "customer-complaints:5", "customer-complaints:section-snags", "customer-complaints:section-roles"),
            List.of("who approves a purchase over budget", "purchasing:4"),
            List.of("how do I request time off", "time-off-requests:3", "time-off-requests:"),
            List.of("how much notice do I need to give for a vacation", "time-off-requests:3"),
            List.of("calling in sick", "time-off-requests:7"),
            List.of("PTO", "time-off-requests:", "time-off-requests:3", "time-off-requests:1"),
            List.of("who can approve a credit of 500 dollars", "customer-complaints:5"),
            List.of("how quickly must a complaint be acknowledged", "customer-complaints:2"),
            List.of("three-way match before paying an invoice", "purchasing:8", "purchasing:section-snags"),
            List.of("how many supplier quotes do I need", "purchasing:5"),
            List.of("I need a new laptop", "it-requests:3", "it-requests:6"),
            List.of("I clicked a phishing email", "it-requests:2"),
            List.of("reset my password", "it-requests:1"),
            List.of("an employee resigned, what now", "employee-offboarding:1", "employee-offboarding:"),
            List.of("final pay for a leaver", "employee-offboarding:6"),
            List.of("exit interview", "employee-offboarding:7"),
            List.of("get the laptop back when someone leaves", "employee-offboarding:5"),
            List.of("write a job description", "recruiting:2"),
            List.of("checking a candidate's references", "recruiting:7"),
            List.of("structured interview questions", "recruiting:6"),
            List.of("preparing the first day of a new hire", "recruiting:9"),
            List.of("how to prioritize a support ticket", "support-ticket-triage:3"),
            List.of("10-minute rule", "support-ticket-triage:4"),
            List.of("first response to a customer ticket", "support-ticket-triage:6"),
            List.of("escalate to engineering", "technical-escalations:5"),
            List.of("reproduce the customer's problem", "technical-escalations:2"),
            List.of("apply a workaround", "technical-escalations:4"),
            List.of("discount above 10 percent on a quote", "quote-preparation:6", "quote-preparation:3", "sales-cycle:3"),
            List.of("margin below 40%", "quote-preparation:4"),
            List.of("when to request the invoice", "sales-cycle:7"),
            List.of("client has not paid the invoice", "sales-cycle:8"),
            List.of("kick-off meeting with a new client", "client-onboarding:2", "client-onboarding:1"),
            List.of("proof of delivery", "delivery-management:6"),
            List.of("choose a courier", "delivery-management:3"),
            List.of("duplicate records in the customer database", "crm-basics:1", "crm-basics:section-snags"),
            List.of("log a phone call", "crm-basics:5"),
            List.of("SEO review before publishing", "content-publishing:4"),
            List.of("how do I change a process", "process-change-request:3", "process-change-request:"),
            List.of("handling objections on a cold call", "prospecting-calls:6"),
            List.of("recieve a complant", "customer-complaints:1"));

    @Autowired ContentImporter importer;
    @Autowired KnowledgeBase knowledgeBase;
    @Autowired KnowledgeIndex index;
    @Autowired Curriculum curriculum;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeEach
    void importSampleContent() {
        SearchTesting.importSampleContent(importer, index);
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Nina Newhire", Authority.LEARNER));
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_new_hires_questions_find_their_answer_in_the_first_three_hits() {
        int inTopThree = 0;
        double reciprocalRanks = 0;
        var misses = new ArrayList<String>();
        for (var question : QUESTIONS) {
            var accepted = question.subList(1, question.size()).stream().map(this::target).toList();
            var hits = knowledgeBase.search(SearchQuery.of(question.getFirst())).hits();
            int rank = 0;
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                if (accepted.contains(hits.get(i).moduleId() + ":" + hits.get(i).anchor())) {
                    rank = i + 1;
                }
            }
            if (rank >= 1 && rank <= 3) {
                inTopThree++;
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.add(String.format("  rank %s for \"%s\" (wanted %s), got: %s", rank == 0 ? "-" : rank,
                        question.getFirst(), accepted, hits.stream().limit(3).map(h -> h.moduleId() + ":" + h.anchor()).toList()));
            }
        }
        double hitAtThree = (double) inTopThree / QUESTIONS.size();
        System.out.printf(Locale.ROOT, "Search relevance over %d questions: hit@3 = %.3f, MRR = %.3f%n",
                QUESTIONS.size(), hitAtThree, reciprocalRanks / QUESTIONS.size());
        misses.forEach(System.out::println);
        assertThat(QUESTIONS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(hitAtThree).as("hit@3").isGreaterThanOrEqualTo(0.9);
    }

    /** {@code module:N} → the anchor of step N; other forms are taken as they are. */
    private String target(String spec) {
        int colon = spec.indexOf(':');
        String module = spec.substring(0, colon);
        String rest = spec.substring(colon + 1);
        if (rest.matches("\\d+")) {
            return module + ":" + curriculum.reading(module).orElseThrow().steps().get(Integer.parseInt(rest) - 1).anchor();
        }
        return module + ":" + rest;
    }
}
