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

    public String moduleLine(String moduleId) {
        return visible(By.id("path-module-" + moduleId)).getText();
    }

    public String pathSummary(String roleId) {
        return visible(By.id("path-" + roleId)).getText();
    }
}
