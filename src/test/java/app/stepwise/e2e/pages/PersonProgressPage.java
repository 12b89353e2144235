package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** {@code team/person/<id>}: one person's modules, certifications and quiz history, and the training record PDF. */
public class PersonProgressPage extends AppShell {
    public PersonProgressPage(WebDriver driver) {
        super(driver);
        visible(By.id("person-name"));
    }

    public String name() {
        return visible(By.id("person-name")).getText();
    }

    public String modules(String roleId) {
        return visible(By.id("modules-" + roleId)).getText();
    }

    public String certifications() {
        return visible(By.id("person-certifications")).getText();
    }

    public String quizHistory() {
        return visible(By.id("quiz-history")).getText();
    }

    /** Status, type and the first bytes of the training record, fetched with the browser's session. */
    public String trainingRecord() {
        String href = visible(By.id("training-record")).getDomAttribute("href");
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(async r => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)))).catch(e => done('failed ' + e));", href);
    }

    /** Whether the module's row has stopped offering "Grant extra attempts" (the page re-renders after a grant). */
    public boolean offersNoExtraAttempts(String moduleId) {
        try {
            wait.until(d -> d.findElements(grantButton(moduleId)).isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException stillOffered) {
            return false;
        }
    }

    /** Whether a role's modules or the quiz history have to scroll sideways in their grid (the page itself may still fit). */
    public boolean scrollsSideways(String roleId) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return Array.from(arguments).some(grid => {"
                + " const table = grid.shadowRoot.querySelector('#table'); return table.scrollWidth > table.clientWidth + 1; });",
                visible(By.id("modules-" + roleId)), visible(By.id("quiz-history")));
    }

    /** The text of the module's "Grant extra attempts" button, scrolled to the middle of the window. */
    public String extraAttemptsButton(String moduleId) {
        var button = visible(grantButton(moduleId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        return button.getText();
    }

    public GrantAttemptsDialogPage grantExtraAttempts(String moduleId) {
        click(grantButton(moduleId));
        return new GrantAttemptsDialogPage(driver);
    }

    private static By grantButton(String moduleId) {
        return By.id("grant-attempts-" + moduleId);
    }

    public TeamPage backToTeam() {
        click(By.id("back-to-team"));
        return new TeamPage(driver);
    }
}
