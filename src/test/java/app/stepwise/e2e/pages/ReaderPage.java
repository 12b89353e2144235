package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class ReaderPage extends AppShell {
    public ReaderPage(WebDriver driver) {
        super(driver);
        present(By.id("module-title")); // present, not visible: a step link scrolls the title away
    }

    public String moduleTitle() {
        return driver.findElement(By.id("module-title")).getDomProperty("textContent");
    }

    public ReaderPage tickStep(String anchor) {
        click(By.cssSelector("[id='" + anchor + "'] vaadin-checkbox"));
        wait.until(d -> d.findElement(By.cssSelector("[id='" + anchor + "'] vaadin-checkbox")).getAttribute("checked") != null);
        return this;
    }

    public String markRead() {
        click(By.id("mark-read"));
        return visible(By.cssSelector("#read-footer .callout")).getText();
    }

    public boolean isHighlighted(String anchor) {
        wait.until(d -> d.findElement(By.id(anchor)).getAttribute("class").contains("step-highlight"));
        return true;
    }
}
