package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.NotificationBell;
import app.stepwise.e2e.pages.PersonProgressPage;
import app.stepwise.e2e.pages.QuizPage;
import app.stepwise.e2e.pages.TeamPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * docs/learning-rules.md, "Attempt limits that don't trap people": a learner uses the only attempt of a quiz; their
 * manager grants one more from the person drill-down, with a reason; the learner is told behind the bell and passes.
 */
class QuizAttemptGrantIT extends BrowserTest {
    private static final String LEARNER = "Lena Limited";

    @Autowired ContentImporter importer;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String moduleId = "lock-up-" + suffix;
    final String moduleTitle = "Lock up the shop " + suffix;
    final String roleId = "keyholder-" + suffix;

    PersonEntity learner;
    PersonEntity manager;

    @BeforeEach
    void aModuleWithOneAttempt() {
        importer.importFiles(List.of(SourceFile.ofText("shop/" + moduleId + ".md", """
                ---
                id: %s
                title: %s
                owner: Sam Shop
                estimate: 5m
                roles: [%s]
                max-attempts: 1
                ---
                # Lock up the shop

                ## Objective
                Leave the shop locked and the alarm set.

                ## Steps
                1. **Set the alarm.** Key in the code by the back door.
                2. **Lock the front door.** Turn the key twice.

                ## Quiz
                ### When do you set the alarm?
                1. [x] Before locking the front door
                1. [ ] After locking the front door
                Step: 1
                """.formatted(moduleId, moduleTitle, roleId)), SourceFile.ofText("roles/" + roleId + ".md", """
                ---
                id: %s
                title: Keyholder %s
                required: [%s]
                ---
                # Keyholder
                Opens and closes the shop.
                """.formatted(roleId, suffix, moduleId))), "test", "test");
        learner = enrolledLearner(LEARNER, roleId, 14);
        manager = learner.getManager(); // the one enrolledLearner made, still in memory
    }

    @Test
    void a_learner_out_of_attempts_is_granted_one_more_by_their_manager_and_passes() throws Exception {
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var quiz = QuizPage.open(driver, baseUrl(), moduleId).start();
        quiz.choose(1, List.of("After locking the front door")).submit();
        assertThat(quiz.verdict()).isEqualTo("Not passed yet");
        assertThat(quiz.intro()).contains("0 of 1 attempts left");
        assertThat(quiz.blockedReason())
                .isEqualTo("You have used your only attempt at this quiz. A trainer or your manager can grant you more.");
        assertThat(quiz.canStart()).isFalse();
        quiz.signOut();

        LoginPage.open(driver, baseUrl()).signInAs(manager.getEmail(), PeopleFixture.PASSWORD);
        awaitReportingListeners();
        var person = TeamPage.open(driver, baseUrl()).waitForNames(List.of(LEARNER)).openPerson(LEARNER);
        assertThat(person.extraAttemptsButton(moduleId)).isEqualTo("Grant extra attempts");
        screenshot("desktop-person-grant-attempts");
        var dialog = person.grantExtraAttempts(moduleId);
        assertThat(dialog.title()).isEqualTo("Grant extra attempts: " + moduleTitle);
        assertThat(dialog.standing()).isEqualTo(LEARNER + " has used their only attempt at this quiz.");
        screenshot("desktop-grant-attempts-dialog");
        assertThat(dialog.grantExpectingError("grant-reason")).isEqualTo("Say why the extra attempts are granted; the learner is told.");
        screenshot("desktop-grant-attempts-dialog-error");
        dialog.cancel();

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        person = new PersonProgressPage(driver);
        assertThat(person.extraAttemptsButton(moduleId)).isEqualTo("Grant extra attempts");
        assertNoSidewaysScrolling("person page");
        assertThat(person.scrollsSideways(roleId)).as("a grid of the person page scrolls sideways on a phone").isFalse();
        screenshot("phone-person-grant-attempts");
        dialog = person.grantExtraAttempts(moduleId);
        assertThat(dialog.grantExpectingError("grant-reason")).isEqualTo("Say why the extra attempts are granted; the learner is told.");
        screenshot("phone-grant-attempts-dialog");
        person = dialog.extraAttempts(1).reason("We walked through the alarm panel together.").grant();
        assertThat(person.offersNoExtraAttempts(moduleId)).isTrue();
        person.signOut();
        driver.manage().window().setSize(new Dimension(1366, 900));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from notification"
                + " where person_id = ? and link = ?", Long.class, learner.getId(), "quiz/" + moduleId) == 1);
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var bell = new NotificationBell(driver);
        assertThat(bell.unreadCount(1)).isEqualTo(1);
        assertThat(bell.open().unreadTitles("You can take the quiz again: " + moduleTitle))
                .containsExactly("You can take the quiz again: " + moduleTitle);
        bell.openNotification("You can take the quiz again: " + moduleTitle);
        quiz = new QuizPage(driver);
        assertThat(quiz.intro()).contains("1 of 2 attempts left");
        quiz.tryAgain().choose(1, List.of("Before locking the front door")).submit();
        assertThat(quiz.verdict()).isEqualTo("Passed");
        screenshot("desktop-quiz-passed-after-grant");
    }
}
