package app.stepwise.e2e;

import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
}
