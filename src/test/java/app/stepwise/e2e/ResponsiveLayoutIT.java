package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every page fits a phone screen without sideways scrolling, and a desktop one. */
class ResponsiveLayoutIT extends BrowserTest {
    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"desktop, 1366, 900", "phone, 390, 844"})
    void pages_fit_the_screen(String device, int width, int height) throws Exception {
        driver.quit();
        driver = Browser.start(width, height);
        var manager = existingPerson("Mia Manager", Authority.MANAGER, Authority.ADMIN);
        var report = existingPerson("Rob Report", Authority.LEARNER);
        report.reportTo(manager);
        personRepository.saveAndFlush(report);

        screenshot(LoginPage.open(driver, baseUrl()).isShown(By.id("login-form")), device, "login");
        assertNoSidewaysOverflow("/login", width);
        LoginPage.open(driver, baseUrl()).signInAs(manager.getEmail(), PeopleFixture.PASSWORD);
        for (String[] page : new String[][] {{"", "home-greeting"}, {"admin/people", "people-grid"},
                {"admin/audit", "audit-grid"}, {"account/password", "new-password"},
                {"content/library", "library-grid"}, {"content/import", "content-upload"},
                {"learning", "no-paths"}, {"enrolments", "enrolments-grid"}, {"feedback", "feedback-tabs"},
                {"notifications", "notifications-grid"}, {"quiz-statistics", "no-statistics|statistics-module"}, {"reviews", "review-grid"},
                {"certificates", "no-certificates"}, {"search?q=refund", "search-summary"}, {"search/synonyms", "synonyms-text"},
                {"account/tokens", "token-name"}}) {
            driver.get(baseUrl() + "/" + page[0]);
            // a page may show one of several elements, depending on what other journeys left in the shared database
            new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.or(
                    java.util.Arrays.stream(page[1].split("\\|")).map(id -> ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                            .toArray(org.openqa.selenium.support.ui.ExpectedCondition[]::new)));
            assertNoSidewaysOverflow("/" + page[0], width);
            screenshot(true, device, page[0].isEmpty() ? "home" : page[0].replace('/', '-').replace('?', '-').replace('=', '-'));
        }
    }

    private void assertNoSidewaysOverflow(String page, int width) throws InterruptedException {
        Thread.sleep(300); // let grids and forms finish their first layout before measuring
        long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("sideways overflow on " + page + " at " + width + "px").isLessThanOrEqualTo(0);
    }

    private void screenshot(boolean shown, String device, String name) throws Exception {
        assertThat(shown).isTrue();
        Path folder = Files.createDirectories(Path.of("target", "screenshots", "pages"));
        Files.write(folder.resolve(device + "-" + name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
