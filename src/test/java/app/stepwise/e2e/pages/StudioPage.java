package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

/** The studio's start page: drafts, published modules, and the new-module dialog. */
public class StudioPage extends AppShell {
    public StudioPage(WebDriver driver) {
        super(driver);
        visible(By.id("new-module"));
    }

    public static StudioPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/studio");
        return new StudioPage(driver);
    }

    /** Creates a module from the template; the id is offered from the title. */
    public StudioEditorPage newModule(String title) {
        click(By.id("new-module"));
        type("new-module-title", title);
        click(By.id("create-module"));
        return new StudioEditorPage(driver);
    }

    public String draftsText() {
        return visible(By.id("studio-drafts")).getText();
    }

    /** The drafts' text once it holds this (the rows arrive after the grid), else as it is when the wait is over. */
    public String draftsText(String expected) {
        try {
            wait.until(d -> draftsText().contains(expected));
        } catch (TimeoutException stillDifferent) {
            // the caller's assertion shows what the grid holds instead
        }
        return draftsText();
    }
}
