package app.stepwise.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleQuiz;
import app.stepwise.content.Question;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class QuizIntegrationTest {
    static final String TRIAGE = "support-ticket-triage";

    @Autowired QuizService quizzes;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    PeopleFixture fixture;
    PersonEntity learner;

    @BeforeEach
    void setUp() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        fixture = new PeopleFixture(people, passwordEncoder);
        learner = fixture.person("Quinn Quiz", Authority.LEARNER);
        PeopleFixture.signInAs(learner);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_learner_fails_reads_the_explanations_then_passes_and_cannot_start_again() {
        var first = quizzes.start(TRIAGE);
        answerAll(first, false);
        var failed = quizzes.submit(first.attemptId());
        assertThat(failed.passed()).isFalse();
        assertThat(failed.scorePercent()).isZero();
        assertThat(failed.wrong()).isEqualTo(first.questions().size());
        var firstOutcome = failed.questions().getFirst();
        assertThat(firstOutcome.explanationHtml()).contains("10-minute rule");
        assertThat(firstOutcome.stepAnchor()).isPresent();
        assertThat(firstOutcome.stepNumber()).contains(4);
        assertThat(firstOutcome.correctAnswer()).as("no correct answer before a pass").isEmpty();
        assertThat(events.stream(QuizFailed.class)).hasSize(1);

        var second = quizzes.start(TRIAGE);
        assertThat(second.attemptNo()).isEqualTo(2);
        assertThat(second.answered()).isZero();
        answerAll(second, true);
        var passed = quizzes.submit(second.attemptId());
        assertThat(passed.passed()).isTrue();
        assertThat(passed.scorePercent()).isEqualTo(100);
        assertThat(passed.questions()).allSatisfy(q -> assertThat(q.correctAnswer()).isPresent());
        assertThat(events.stream(QuizPassed.class)).singleElement()
                .satisfies(e -> assertThat(e.person()).isEqualTo(new PersonId(learner.getId())));

        var overview = quizzes.overview(TRIAGE).orElseThrow();
        assertThat(overview.passed()).isTrue();
        assertThat(overview.attempts()).hasSize(2);
        assertThat(overview.canStart()).isFalse();
        assertThatThrownBy(() -> quizzes.start(TRIAGE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("passed");
        assertThat(quizzes.standings(new PersonId(learner.getId()), List.of(TRIAGE, "crm-basics")))
                .containsOnlyKeys(TRIAGE).hasEntrySatisfying(TRIAGE, s -> {
                    assertThat(s.passed()).isTrue();
                    assertThat(s.attempts()).isEqualTo(2);
                    assertThat(s.bestScore()).isEqualTo(100);
                });
    }

    @Test
    void answers_are_saved_as_they_are_given_and_a_reload_resumes_the_same_attempt() {
        var sheet = quizzes.start(TRIAGE);
        var question = sheet.questions().getFirst();
        quizzes.saveAnswer(sheet.attemptId(), question.key(), Answer.choice(List.of(2)));

        var resumed = quizzes.start(TRIAGE);
        assertThat(resumed.attemptId()).isEqualTo(sheet.attemptId());
        assertThat(resumed.questions().getFirst().optionsHtml()).as("the same shuffled order")
                .isEqualTo(question.optionsHtml());
        assertThat(resumed.questions().getFirst().answer().positions()).containsExactly(2);
        assertThat(quizzes.sheet(sheet.attemptId()).answered()).isEqualTo(1);

        quizzes.saveAnswer(sheet.attemptId(), question.key(), Answer.NONE);
        assertThat(quizzes.sheet(sheet.attemptId()).answered()).as("an answer can be cleared").isZero();
        assertThatThrownBy(() -> quizzes.saveAnswer(sheet.attemptId(), "q-no-such-question", Answer.text("x")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_sheet_sent_to_the_player_holds_no_correct_answer_or_explanation() {
        var sheet = quizzes.start(TRIAGE);
        var quiz = curriculum.quiz(TRIAGE).orElseThrow();
        String everything = sheet.toString();
        for (Question question : quiz.questions()) {
            if (!question.explanationMarkdown().isBlank()) {
                assertThat(everything).doesNotContain(question.explanationMarkdown().substring(0, 30));
            }
            question.acceptedAnswers().forEach(accepted -> assertThat(everything).doesNotContain("Answer: " + accepted));
        }
        assertThat(everything).doesNotContain("correct=true").doesNotContain("[x]");
        var ordering = sheet.questions().stream().filter(q -> q.type() == app.stepwise.content.QuestionType.ORDERING)
                .findFirst().orElseThrow();
        var written = quiz.question(ordering.key()).orElseThrow().options().stream()
                .map(o -> app.stepwise.content.SafeHtmlRenderer.render(o.markdown())).toList();
        assertThat(ordering.optionsHtml()).as("ordering items never start in the correct order")
                .containsExactlyInAnyOrderElementsOf(written).isNotEqualTo(written);
    }

    @Test
    void twenty_concurrent_submits_of_one_attempt_score_it_exactly_once() throws Exception {
        var sheet = quizzes.start(TRIAGE);
        answerAll(sheet, true);
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(20);
        try {
            var calls = new ArrayList<Callable<QuizResult>>();
            IntStream.range(0, 20).forEach(i -> calls.add(() -> {
                PeopleFixture.signInAs(learner);
                try {
                    ready.await();
                    return quizzes.submit(sheet.attemptId());
                } finally {
                    PeopleFixture.signOut();
                }
            }));
            var futures = calls.stream().map(pool::submit).toList();
            ready.countDown();
            for (var future : futures) {
                var result = future.get();
                assertThat(result.attemptId()).isEqualTo(sheet.attemptId());
                assertThat(result.passed()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where person_id = ? and state = 'SUBMITTED'",
                Long.class, learner.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from quiz_response r join quiz_attempt a on a.id = r.attempt_id"
                + " where a.person_id = ?", Long.class, learner.getId())).isEqualTo(sheet.questions().size());
        assertThat(events.stream(QuizPassed.class)).hasSize(1);
        assertThatThrownBy(() -> quizzes.saveAnswer(sheet.attemptId(), sheet.questions().getFirst().key(), Answer.NONE))
                .as("a submitted attempt is frozen").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_attempt_limit_and_cooldown_from_the_front_matter_are_enforced() {
        importer.importFiles(List.of(SourceFile.ofText("limited.md", """
                ---
                id: limited-quiz
                title: Limited quiz
                max-attempts: 2
                cooldown: 1h
                ---
                ## Steps
                1. **Do it.** Carefully.

                ## Quiz
                ### Is it done?
                1. [x] Yes
                1. [ ] No
                Step: 1
                """)), "test", "test");
        var first = quizzes.start("limited-quiz");
        quizzes.submit(first.attemptId()); // unanswered: fails

        var overview = quizzes.overview("limited-quiz").orElseThrow();
        assertThat(overview.attemptsLeft()).hasValue(1);
        assertThat(overview.nextAttemptAt()).isPresent();
        assertThatThrownBy(() -> quizzes.start("limited-quiz")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("try again at").hasMessageContaining("in 1 hour");

        jdbc.update("update quiz_attempt set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3601)), first.attemptId());
        var second = quizzes.start("limited-quiz");
        assertThat(second.attemptNo()).isEqualTo(2);
        quizzes.submit(second.attemptId());
        jdbc.update("update quiz_attempt set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(7200)), second.attemptId());
        assertThatThrownBy(() -> quizzes.start("limited-quiz")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("used all 2 attempts");
    }

    @Test
    void a_learner_cannot_open_save_submit_or_read_another_learners_attempt() {
        var sheet = quizzes.start(TRIAGE);
        answerAll(sheet, true);
        var result = quizzes.submit(sheet.attemptId());
        var other = fixture.person("Oscar Other", Authority.LEARNER);
        PeopleFixture.signInAs(other);
        var mine = quizzes.start(TRIAGE);

        assertThatThrownBy(() -> quizzes.result(result.attemptId())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such quiz attempt");
        assertThatThrownBy(() -> quizzes.sheet(sheet.attemptId())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> quizzes.submit(sheet.attemptId())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> quizzes.latestResult(new PersonId(learner.getId()), TRIAGE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.standings(new PersonId(learner.getId()), List.of(TRIAGE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.statistics(TRIAGE, 1)).isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(learner);
        assertThatThrownBy(() -> quizzes.saveAnswer(mine.attemptId(), mine.questions().getFirst().key(), Answer.NONE))
                .isInstanceOf(InvalidInputException.class);

        PeopleFixture.signInAs(fixture.person("Tara Trainer", Authority.TRAINER));
        assertThat(quizzes.result(result.attemptId()).learnerName()).isEqualTo("Quinn Quiz");
        assertThat(quizzes.latestResult(new PersonId(learner.getId()), TRIAGE)).isPresent();
    }

    @Test
    void statistics_show_the_pass_rate_and_the_most_chosen_wrong_answer_per_question() {
        var failing = quizzes.start(TRIAGE);
        answerAll(failing, false);
        quizzes.submit(failing.attemptId());
        var passing = quizzes.start(TRIAGE);
        answerAll(passing, true);
        quizzes.submit(passing.attemptId());

        PeopleFixture.signInAs(fixture.person("Tara Trainer", Authority.TRAINER));
        var statistics = quizzes.statistics(TRIAGE, curriculum.quiz(TRIAGE).orElseThrow().version());
        assertThat(statistics.attempts()).isEqualTo(2);
        assertThat(statistics.learners()).isEqualTo(1);
        assertThat(statistics.passRatePercent()).isEqualTo(50);
        var first = statistics.questions().getFirst();
        assertThat(first.responses()).isEqualTo(2);
        assertThat(first.correctPercent()).isEqualTo(50);
        assertThat(first.mostChosenWrong()).hasValue(firstWrongOption(curriculum.quiz(TRIAGE).orElseThrow()));
        assertThat(first.mostChosenWrongCount()).isEqualTo(1);
    }

    @Test
    void statistics_name_a_wrong_option_for_multiple_choice_and_an_ordering_left_as_shown_is_scored_as_shown() {
        String module = "mixed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        importer.importFiles(List.of(SourceFile.ofText(module + ".md", """
                ---
                id: %s
                title: Mixed quiz
                ---
                ## Steps
                1. **First.** Do it.
                2. **Second.** Then this.

                ## Quiz
                ### Which belong? (choose all that apply)
                - [x] Alpha
                - [x] Beta
                - [ ] Gamma
                - [ ] Delta
                Step: 1

                ### Put these in order
                1. One
                2. Two
                3. Three
                4. Four
                """.formatted(module))), "test", "test");
        var quiz = curriculum.quiz(module).orElseThrow();
        var choice = quiz.questions().get(0);
        var ordering = quiz.questions().get(1);

        var first = quizzes.start(module);
        quizzes.saveAnswer(first.attemptId(), choice.key(), chosen(first, choice, "Alpha"));
        var shown = first.questions().get(1);
        quizzes.saveAnswer(first.attemptId(), ordering.key(), shown.shownOrder()); // what the player saves on showing it
        assertThat(quizzes.sheet(first.attemptId()).questions().get(1).answer().isEmpty()).isFalse();
        var firstResult = quizzes.submit(first.attemptId());
        var firstOrdering = firstResult.questions().get(1);
        assertThat(firstOrdering.yourAnswer()).isEqualTo(shownTexts(shown, ordering));
        assertThat(firstResult.questions().get(0).partlyRight()).isTrue();

        var second = quizzes.start(module); // the ordering question untouched: scored exactly as if its shown order were saved
        quizzes.saveAnswer(second.attemptId(), choice.key(), chosen(second, choice, "Alpha", "Gamma"));
        var secondShown = second.questions().get(1);
        var secondOrdering = quizzes.submit(second.attemptId()).questions().get(1);
        assertThat(secondOrdering.yourAnswer()).isEqualTo(shownTexts(secondShown, ordering));
        assertThat(secondOrdering.credit()).isEqualTo(app.stepwise.quiz.internal.Scoring.credit(ordering,
                new app.stepwise.quiz.internal.GivenAnswer(writtenOrder(secondShown, ordering), "")));

        PeopleFixture.signInAs(fixture.person("Tara Trainer", Authority.TRAINER));
        var statistics = quizzes.statistics(module, quiz.version());
        assertThat(statistics.questions().get(0).mostChosenWrong()).as("a correct option is never the wrong answer")
                .hasValue("Gamma");
        assertThat(statistics.questions().get(0).mostChosenWrongCount()).isEqualTo(1);
    }

    /** The answer choosing the options with these texts, in the positions the sheet shows them. */
    private static Answer chosen(QuizSheet sheet, Question question, String... texts) {
        var item = sheet.questions().stream().filter(i -> i.key().equals(question.key())).findFirst().orElseThrow();
        var wanted = List.of(texts);
        return Answer.choice(IntStream.range(0, item.optionsHtml().size())
                .filter(p -> wanted.stream().anyMatch(t -> item.optionsHtml().get(p).contains(">" + t + "<"))).boxed().toList());
    }

    private static List<Integer> writtenOrder(QuizSheet.Item shown, Question question) {
        var written = question.options().stream().map(o -> app.stepwise.content.SafeHtmlRenderer.render(o.markdown())).toList();
        return shown.optionsHtml().stream().map(written::indexOf).toList();
    }

    private static String shownTexts(QuizSheet.Item shown, Question question) {
        return String.join(" → ", writtenOrder(shown, question).stream().map(i -> question.options().get(i).text()).toList());
    }

    private static String firstWrongOption(ModuleQuiz quiz) {
        return quiz.questions().getFirst().options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().text();
    }

    /** Answers every question right or wrong, translating written indexes to the positions shown. */
    private void answerAll(QuizSheet sheet, boolean right) {
        var quiz = curriculum.quiz(sheet.moduleId(), sheet.version()).orElseThrow();
        for (var item : sheet.questions()) {
            var question = quiz.question(item.key()).orElseThrow();
            quizzes.saveAnswer(sheet.attemptId(), item.key(), QuizAnswers.answer(question, item, right));
        }
    }
}
