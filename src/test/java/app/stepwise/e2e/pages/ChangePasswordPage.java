package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class ChangePasswordPage extends AppShell {
    public ChangePasswordPage(WebDriver driver) {
        super(driver);
        visible(By.id("new-password"));
    }

    public boolean saysChangeIsRequired() {
        return isShown(By.id("password-change-required"));
    }

    public HomePage change(String current, String chosen) {
        type("current-password", current);
        type("new-password", chosen);
        type("repeat-password", chosen);
        click(By.id("change-password"));
        return new HomePage(driver);
    }
}
