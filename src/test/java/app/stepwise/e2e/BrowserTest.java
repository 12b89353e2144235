package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The running app on a loopback port, a fresh headless browser per test, a screenshot of each test's end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
abstract class BrowserTest {
    static final String ADMIN_EMAIL = "root-admin@stepwise.test";
    static final String ADMIN_PASSWORD = "root-admin-password";

    @LocalServerPort int port;
    @Autowired PersonRepository personRepository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired app.stepwise.course.CourseService courseService;
    @Autowired JdbcTemplate jdbc;

    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(1366, 900);
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (driver != null) {
            Path screenshots = Path.of("target", "screenshots");
            Files.createDirectories(screenshots);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + ".png"), png);
            driver.quit();
        }
    }

    /** Saves what the browser shows now under target/screenshots/pages, for people to look at. */
    void screenshot(String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots", "pages"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A learner reporting to a new manager who enrolled them (onboarding) in the role path, due in the given days. */
    PersonEntity enrolledLearner(String name, String roleId, int dueInDays) {
        var manager = existingPerson(name + "'s Manager", Authority.MANAGER);
        var learner = existingPerson(name, Authority.LEARNER);
        learner.reportTo(manager);
        personRepository.saveAndFlush(learner);
        asPerson(manager, () -> courseService.enrol(new app.stepwise.shared.PersonId(learner.getId()), roleId,
                app.stepwise.course.EnrolmentPurpose.ONBOARDING, java.time.LocalDate.now().plusDays(dueInDays)));
        return learner;
    }

    /** Runs service calls as the person, for test set-up. */
    static <T> T asPerson(PersonEntity person, java.util.function.Supplier<T> work) {
        PeopleFixture.signInAs(person);
        try {
            return work.get();
        } finally {
            PeopleFixture.signOut();
        }
    }

    /** A person who can sign in at once with {@link PeopleFixture#PASSWORD}. */
    PersonEntity existingPerson(String name, Authority... authorities) {
        return new PeopleFixture(personRepository, passwordEncoder).person(name, authorities);
    }

    /** Waits until the reporting and certification listeners have handled every event so far (the team grid reads their tables). */
    void awaitReportingListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from EVENT_PUBLICATION"
                + " where completion_date is null and (listener_id like '%reporting%' or listener_id like '%certification%')", Long.class) == 0);
    }

    /** The page fits the window's width: nothing to scroll sideways. */
    void assertNoSidewaysScrolling(String page) throws InterruptedException {
        Thread.sleep(300); // let the layout settle before measuring
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("sideways overflow on the " + page + " at " + driver.manage().window().getSize().width + " px")
                .isLessThanOrEqualTo(0);
    }
}
