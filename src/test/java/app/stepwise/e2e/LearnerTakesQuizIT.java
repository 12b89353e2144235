package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.AnswerOption;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleQuiz;
import app.stepwise.content.Question;
import app.stepwise.content.QuestionType;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.QuizPage;
import app.stepwise.e2e.pages.ReaderPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.shared.Authority;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner reads a module, fails its quiz, follows an explanation to the step, and passes. */
class LearnerTakesQuizIT extends BrowserTest {
    static final String MODULE = "support-ticket-triage";

    @Autowired ContentImporter importer;
    @Autowired Curriculum curriculum;

    PersonEntity learner;
    ModuleQuiz quiz;

    @BeforeEach
    void content() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        learner = existingPerson("Quincy Learner", Authority.LEARNER);
        PeopleFixture.signInAs(learner);
        try {
            quiz = curriculum.quiz(MODULE).orElseThrow();
        } finally {
            PeopleFixture.signOut();
        }
    }

    @Test
    void a_learner_fails_the_quiz_reads_the_explanation_at_the_step_and_passes_without_answers_leaking_before()
            throws Exception {
        driver.quit();
        driver = Browser.startRecordingNetwork(1366, 900);
        var network = new NetworkRecorder(driver);
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        driver.get(baseUrl() + "/module/" + MODULE);
        var reader = new ReaderPage(driver);
        reader.markRead();

        network.reset();
        driver.findElement(By.id("open-quiz")).click();
        var page = new QuizPage(driver).start();
        assertThat(page.position()).isEqualTo("Question 1 of " + quiz.questions().size());
        screenshot("desktop-quiz-question");
        page.choose(1, List.of(QuizPage.wrongOption(quiz.questions().getFirst())));
        for (int i = 1; i < quiz.questions().size(); i++) {
            page.next();
        }
        var sentBeforeSubmission = String.join("\n", network.bodies(baseUrl()));
        assertThat(sentBeforeSubmission).as("the capture saw the quiz").contains(jsonText(quiz.questions().get(1).prompt()));
        for (String secret : secrets(quiz)) {
            assertThat(sentBeforeSubmission).as("sent to the browser before submission").doesNotContain(secret);
        }

        page.submit();
        assertThat(page.verdict()).isEqualTo("Not passed yet");
        assertThat(page.outcome(1)).contains("Wrong").contains("10-minute rule").contains("Read step 4");
        assertThat(String.join("\n", network.bodies(baseUrl()))).as("explanations arrive after submission")
                .contains(jsonText(explanationSnippet(quiz.questions().getFirst())));
        screenshot("desktop-quiz-failed");

        var step = page.followStepLink(1);
        assertThat(step.isHighlighted(quiz.questions().getFirst().stepAnchor().orElseThrow())).isTrue();

        page = QuizPage.open(driver, baseUrl(), MODULE).tryAgain();
        page.answerCorrectly(quiz);
        page.submit();
        assertThat(page.verdict()).isEqualTo("Passed");
        assertThat(page.score()).isEqualTo("100%");
        screenshot("desktop-quiz-passed");
    }

    @Test
    void the_quiz_reads_and_orders_at_phone_width_and_a_reload_keeps_the_answers() throws Exception {
        driver.quit();
        driver = Browser.start(390, 844);
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var page = QuizPage.open(driver, baseUrl(), MODULE).start();
        page.choose(1, correctOptions(quiz.questions().getFirst()));
        int ordering = orderingQuestion(quiz).number();
        while (!page.position().equals("Question " + ordering + " of " + quiz.questions().size())) {
            page.next();
        }
        page.order(ordering, texts(orderingQuestion(quiz)));
        screenshot("phone-quiz-ordering");
        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);

        driver.navigate().refresh();
        var resumed = new QuizPage(driver);
        assertThat(resumed.position()).as("resumes at the first unanswered question").isEqualTo("Question 2 of " + quiz.questions().size());
        while (!resumed.position().equals("Question " + ordering + " of " + quiz.questions().size())) {
            resumed.next();
        }
        assertThat(resumed.items(ordering)).containsExactlyElementsOf(texts(orderingQuestion(quiz)));
    }


    /** Explanations, and short answers that appear nowhere else in the quiz, must stay on the server. */
    private static List<String> secrets(ModuleQuiz quiz) {
        var shown = new StringBuilder();
        quiz.questions().forEach(q -> shown.append(q.prompt()).append(texts(q)));
        var secrets = new ArrayList<String>();
        for (Question question : quiz.questions()) {
            if (!question.explanationMarkdown().isBlank()) {
                secrets.add(jsonText(explanationSnippet(question)));
            }
            question.acceptedAnswers().stream().filter(a -> !shown.toString().contains(a)).map(LearnerTakesQuizIT::jsonText)
                    .forEach(secrets::add);
        }
        return secrets;
    }

    private static String explanationSnippet(Question question) {
        String text = question.explanationMarkdown().strip();
        return text.substring(0, Math.min(40, text.length()));
    }

    /** Text as it appears inside a JSON string (the UIDL protocol escapes quotes and some characters). */
    private static String jsonText(String text) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
        return json.substring(1, json.length() - 1);
    }

    private static Question orderingQuestion(ModuleQuiz quiz) {
        return quiz.questions().stream().filter(q -> q.type() == QuestionType.ORDERING).findFirst().orElseThrow();
    }

    private static List<String> texts(Question question) {
        return question.options().stream().map(AnswerOption::text).toList();
    }

    private static List<String> correctOptions(Question question) {
        return question.options().stream().filter(AnswerOption::correct).map(AnswerOption::text).toList();
    }

}
