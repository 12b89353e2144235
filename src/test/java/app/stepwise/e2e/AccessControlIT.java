package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.HomePage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.quiz.QuizService;
import app.stepwise.shared.Authority;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class AccessControlIT extends BrowserTest {
    @Autowired ContentImporter importer;
    @Autowired QuizService quizzes;

    @Test
    void a_learner_who_types_another_learners_quiz_result_address_sees_page_not_found() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        var owner = existingPerson("Olga Owner", Authority.LEARNER);
        PeopleFixture.signInAs(owner);
        long attempt;
        try {
            attempt = quizzes.submit(quizzes.start("crm-basics").attemptId()).attemptId();
        } finally {
            PeopleFixture.signOut();
        }
        var other = existingPerson("Ivan Intruder", Authority.LEARNER);
        LoginPage.open(driver, baseUrl()).signInAs(other.getEmail(), PeopleFixture.PASSWORD);
        driver.get(baseUrl() + "/quiz-result/" + attempt);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("page-not-available")));
        assertThat(driver.getPageSource()).doesNotContain("Olga Owner").doesNotContain("quiz-score");
    }

    @Test
    void a_learner_who_types_an_admin_address_is_refused() {
        var learner = existingPerson("Lena Learner", Authority.LEARNER);
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);

        for (String adminPage : new String[] {"/admin/people", "/admin/audit", "/quiz-statistics", "/reviews", "/enrolments",
                "/content/import", "/content/library"}) {
            driver.get(baseUrl() + adminPage);
            new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("page-not-available")));
            assertThat(driver.findElements(By.id("people-grid"))).isEmpty();
            assertThat(driver.findElements(By.id("audit-grid"))).isEmpty();
            assertThat(driver.getPageSource()).doesNotContain(learner.getEmail().replace("lena", "root-admin"));
        }
    }

    @Test
    void an_address_that_is_no_page_shows_the_apps_not_found_page_not_the_browsers_403() {
        var learner = existingPerson("Lena Lost", Authority.LEARNER);
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        for (String unknown : new String[] {"/nonexistent-page", "/practice", "/module"}) {
            driver.get(baseUrl() + unknown);
            assertThat(new HomePage.NotAvailable(driver).shown()).as(unknown).isTrue();
        }
        driver.manage().deleteAllCookies(); // signed out, an unknown address still asks for sign-in first
        driver.get(baseUrl() + "/nonexistent-page");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message() {
        var person = existingPerson("Wes Wrong", Authority.LEARNER);
        var login = LoginPage.open(driver, baseUrl()).enter(person.getEmail(), "not my password at all");
        assertThat(login.errorShown()).contains("Wrong email or password");
        assertThat(driver.getCurrentUrl()).contains("/login");
        driver.get(baseUrl() + "/");
        new LoginPage(driver);
    }

    @Test
    void a_deactivated_persons_session_ends_at_their_next_request() {
        var person = existingPerson("Dee Deactivated", Authority.LEARNER);
        var home = LoginPage.open(driver, baseUrl()).signInAs(person.getEmail(), PeopleFixture.PASSWORD);
        assertThat(home.showsCard("learner-home")).isTrue();

        person.deactivate();
        personRepository.saveAndFlush(person);

        driver.get(baseUrl() + "/");
        var login = new LoginPage(driver);
        assertThat(login.notice()).contains("session ended");
        login.enter(person.getEmail(), PeopleFixture.PASSWORD);
        assertThat(login.errorShown()).contains("Wrong email or password");
        assertThat(driver.findElements(By.id("home-greeting"))).isEmpty();
    }

    @Test
    void signing_out_returns_to_the_sign_in_page_and_the_home_page_is_no_longer_reachable() {
        var person = existingPerson("Otto Out", Authority.LEARNER);
        HomePage home = LoginPage.open(driver, baseUrl()).signInAs(person.getEmail(), PeopleFixture.PASSWORD);
        home.signOut();
        driver.get(baseUrl() + "/");
        assertThat(new LoginPage(driver).isShown(By.id("login-form"))).isTrue();
    }
}
