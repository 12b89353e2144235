package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The layout around signed-in pages: navigation, title, the person's menu. */
public class AppShell extends Page {
    public AppShell(WebDriver driver) {
        super(driver);
        present(By.id("view-title"));
    }

    public String title() {
        return driver.findElement(By.id("view-title")).getText();
    }

    public List<String> navigation() {
        return present(By.id("main-nav")).findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public PeoplePage openPeople() {
        click(By.cssSelector("#main-nav vaadin-side-nav-item[path='admin/people']"));
        return new PeoplePage(driver);
    }

    /** Signs out through the person menu; a toast at the bottom of a phone screen may cover the item, so it is clicked by script. */
    public LoginPage signOut() {
        click(By.cssSelector("#person-menu vaadin-menu-bar-button"));
        var item = visible(By.id("sign-out"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", item);
        return new LoginPage(driver);
    }
}
