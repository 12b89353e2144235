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

    public TeamPage backToTeam() {
        click(By.id("back-to-team"));
        return new TeamPage(driver);
    }
}
