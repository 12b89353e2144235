package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.Curriculum;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagKind;
import app.stepwise.feedback.StepFlag;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.quiz.QuizAnswers;
import app.stepwise.quiz.QuizService;
import app.stepwise.shared.Authority;
import app.stepwise.testing.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class StudioInsightsIntegrationTest {
    @Autowired StudioDrafts drafts;
    @Autowired StudioPublishing publishing;
    @Autowired StudioInsights insights;
    @Autowired FeedbackService feedback;
    @Autowired QuizService quizzes;
    @Autowired Curriculum curriculum;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void open_flags_come_by_step_and_a_question_most_learners_get_wrong_is_marked_low() {
        var fixture = new PeopleFixture(people, passwordEncoder);
        var trainer = fixture.person("Tia Trainer", Authority.TRAINER);
        String key = "insight-" + UUID.randomUUID().toString().substring(0, 8);
        PeopleFixture.signInAs(trainer);
        var draft = drafts.create(key, "Insights " + key);
        publishing.publish(key, 0, draft.version(), draft.source(), null, null);
        assertThat(insights.of(key).flagCount()).isZero();

        for (int i = 0; i < (int) StudioInsights.MIN_RESPONSES; i++) {
            var learner = fixture.person("Lee Learner " + i, Authority.LEARNER);
            PeopleFixture.signInAs(learner);
            answerQuiz(key, i == 0);
            if (i < 2) {
                feedback.flag(key, "step-do-the-work", FlagKind.UNCLEAR, "Which tool? " + i);
            }
        }

        PeopleFixture.signInAs(trainer);
        var found = insights.of(key);
        assertThat(found.openFlags()).containsOnlyKeys("step-do-the-work");
        assertThat(found.openFlags().get("step-do-the-work")).extracting(StepFlag::comment)
                .containsExactlyInAnyOrder("Which tool? 0", "Which tool? 1");
        assertThat(found.questionRates().get("what do you do before the main work?")).satisfies(rate -> {
            assertThat(rate.responses()).isEqualTo(3);
            assertThat(rate.low()).isTrue();
        });
    }

    private void answerQuiz(String key, boolean right) {
        var sheet = quizzes.start(key);
        var quiz = curriculum.quiz(key).orElseThrow();
        sheet.questions().forEach(item -> quizzes.saveAnswer(sheet.attemptId(), item.key(),
                QuizAnswers.answer(quiz.question(item.key()).orElseThrow(), item, right)));
        quizzes.submit(sheet.attemptId());
    }
}
