package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

public class LoginPage extends Page {
    private static final By FORM = By.id("login-form");

    public LoginPage(WebDriver driver) {
        super(driver);
        visible(FORM);
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver);
    }

    public LoginPage enter(String email, String password) {
        var user = visible(By.cssSelector("input[name='username']"));
        user.clear();
        user.sendKeys(email);
        var secret = visible(By.cssSelector("input[name='password']"));
        secret.clear();
        secret.sendKeys(password);
        click(By.cssSelector("vaadin-button[slot='submit']"));
        return this;
    }

    public HomePage signInAs(String email, String password) {
        enter(email, password);
        return new HomePage(driver);
    }

    public ChangePasswordPage signInWithTemporaryPassword(String email, String password) {
        enter(email, password);
        return new ChangePasswordPage(driver);
    }

    /** After a refused sign-in the form shows its error. */
    public String errorShown() {
        // The refused post reloads the page, so find the form and read it within one wait.
        return wait.until(d -> {
            var form = d.findElement(FORM);
            return form.getAttribute("error") != null ? form.getText() : null;
        });
    }

    public String notice() {
        return visible(By.id("login-notice")).getText();
    }

    public String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
