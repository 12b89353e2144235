package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class LearningPage extends AppShell {
    public LearningPage(WebDriver driver) {
        super(driver);
        visible(By.cssSelector(".path-card, #no-paths"));
    }

    public static LearningPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/learning");
        return new LearningPage(driver);
    }

    public ReaderPage continuePath(String roleId) {
        click(By.id("continue-" + roleId));
        return new ReaderPage(driver);
    }

    /** Follows the path's Continue button to the quiz it points to. */
    public QuizPage continueToQuiz(String roleId) {
        click(By.id("continue-" + roleId));
        return new QuizPage(driver);
    }

    public String continueLabel(String roleId) {
        return visible(By.id("continue-" + roleId)).getText();
    }

    public String moduleLine(String moduleId) {
        return visible(By.id("path-module-" + moduleId)).getText();
    }

    public String pathSummary(String roleId) {
        return visible(By.id("path-" + roleId)).getText();
    }
}
