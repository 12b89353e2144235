package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleQuiz;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.AppShell;
import app.stepwise.e2e.pages.LearningPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.NotificationBell;
import app.stepwise.e2e.pages.PracticePage;
import app.stepwise.e2e.pages.QuizPage;
import app.stepwise.e2e.pages.ReaderPage;
import app.stepwise.e2e.pages.ReviewQueuePage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole loop of issue 4 in one browser: a learner reads a module and ticks its steps, fails the quiz,
 * reads an explanation, passes, hands in practice evidence; a trainer approves it with the quiz result in
 * view; the learner finds the module done and the notifications behind the bell.
 */
class LearnersLoopIT extends BrowserTest {
    static final String MODULE = "support-ticket-triage";
    static final String TITLE = "Support ticket triage and escalation";

    @Autowired ContentImporter importer;
    @Autowired Curriculum curriculum;

    @Test
    void a_learner_reads_fails_passes_hands_in_practice_and_after_the_trainers_approval_sees_the_module_done()
            throws Exception {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        var learner = enrolledLearner("Lars Learner", "support-rep", 14);
        var trainer = existingPerson("Tove Trainer", Authority.TRAINER);
        ModuleQuiz quiz = asPerson(learner, () -> curriculum.quiz(MODULE).orElseThrow());
        List<String> steps = asPerson(learner, () -> curriculum.reading(MODULE).orElseThrow().steps().stream()
                .map(s -> s.anchor()).toList());

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var learning = LearningPage.open(driver, baseUrl());
        driver.findElement(By.cssSelector("#path-module-" + MODULE + " a")).click();
        var reader = new ReaderPage(driver);
        steps.forEach(reader::tickStep);
        reader.markRead();
        driver.findElement(By.id("open-quiz")).click();

        var quizPage = new QuizPage(driver).start();
        quizPage.choose(1, List.of(QuizPage.wrongOption(quiz.questions().getFirst())));
        quizPage.submit();
        assertThat(quizPage.verdict()).isEqualTo("Not passed yet");
        assertThat(quizPage.outcome(1)).contains("10-minute rule");
        quizPage.tryAgain();
        quizPage.answerCorrectly(quiz);
        quizPage.submit();
        assertThat(quizPage.verdict()).isEqualTo("Passed");

        var practice = PracticePage.open(driver, baseUrl(), MODULE);
        practice.submitText(1, "Ticket 1: Billing, Normal, no escalation: a question about an invoice date.");
        practice.submitText(2, "Customer says the site shows a 500 error since 9:00. Checked status page and DNS. Urgent: site down.");
        assertThat(practice.status(1)).isEqualTo("In review");
        screenshot("desktop-loop-practice-in-review");
        assertThat(LearningPage.open(driver, baseUrl()).moduleLine(MODULE)).contains("Practice in review");
        new NotificationBell(driver).unreadCount(0);
        new AppShell(driver).signOut();

        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);
        var reviews = ReviewQueuePage.open(driver, baseUrl()).filterByModule(TITLE).waitForRow("Lars Learner");
        reviews.open("Triage five tickets");
        assertThat(reviews.evidenceText()).contains("Ticket 1: Billing");
        assertThat(reviews.quizResult()).contains("100%").contains("Passed");
        screenshot("desktop-loop-review-dialog");
        reviews.approve("Good reasoning on each ticket.");
        reviews.open("Write one escalation handover note").approve("Clear handover.");
        driver.get(baseUrl() + "/quiz-statistics?module=" + MODULE);
        var statistics = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("statistics-summary")));
        // other journeys in this server may have taken the same quiz: exact counts are the integration test's job
        assertThat(statistics.getText()).matches("\\d+ attempts by \\d+ learners? · pass rate \\d+%");
        screenshot("desktop-quiz-statistics");
        new AppShell(driver).signOut();

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var bell = new NotificationBell(driver);
        assertThat(bell.unreadCount(2)).isEqualTo(2);
        var page = LearningPage.open(driver, baseUrl());
        assertThat(page.moduleLine(MODULE)).contains("Done");
        screenshot("desktop-my-learning-done");
        assertThat(new NotificationBell(driver).open().titles()).anySatisfy(t -> assertThat(t).contains("approved"));
        screenshot("desktop-notifications-open");
    }


}
