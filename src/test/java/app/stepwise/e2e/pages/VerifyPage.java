package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The public verification page, signed out. */
public class VerifyPage extends Page {
    public VerifyPage(WebDriver driver) {
        super(driver);
        visible(By.id("verification-result"));
    }

    public static VerifyPage open(WebDriver driver, String baseUrl, String code) {
        driver.get(baseUrl + "/verify/" + code);
        return new VerifyPage(driver);
    }

    public String result() {
        return visible(By.id("verification-result")).getText();
    }

    public String pageText() {
        return visible(By.tagName("body")).getText();
    }
}
