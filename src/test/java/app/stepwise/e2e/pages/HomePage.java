package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class HomePage extends AppShell {
    public HomePage(WebDriver driver) {
        super(driver);
        visible(By.id("home-greeting"));
    }

    public String greeting() {
        return driver.findElement(By.id("home-greeting")).getText();
    }

    public boolean showsCard(String id) {
        return isShown(By.id(id));
    }

    /** The page for unknown addresses and pages the person may not open. */
    public static class NotAvailable extends Page {
        public NotAvailable(WebDriver driver) {
            super(driver);
        }

        public boolean shown() {
            return visible(By.id("page-not-available")).isDisplayed();
        }
    }
}
