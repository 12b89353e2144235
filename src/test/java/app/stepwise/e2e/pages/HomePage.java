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
}
