package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dialog behind "Grant extra attempts" on a module row of the person drill-down. */
public class GrantAttemptsDialogPage extends Page {
    private static final By DIALOG_FIELD = By.id("grant-extra-attempts");

    public GrantAttemptsDialogPage(WebDriver driver) {
        super(driver);
        visible(DIALOG_FIELD);
    }

    public String title() {
        return visible(By.id("grant-attempts-dialog")).getDomProperty("headerTitle");
    }

    /** What the dialog says about where the person stands with the quiz. */
    public String standing() {
        return visible(By.id("grant-standing")).getText();
    }

    public GrantAttemptsDialogPage extraAttempts(int count) {
        type("grant-extra-attempts", String.valueOf(count));
        return this;
    }

    public GrantAttemptsDialogPage reason(String text) {
        WebElement area = visible(By.cssSelector("#grant-reason textarea"));
        area.clear();
        area.sendKeys(text);
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", area);
        return this;
    }

    /** Grants, stays in the dialog and returns the error the field shows. */
    public String grantExpectingError(String fieldId) {
        click(By.id("grant-confirm"));
        // "invalid" and the message may arrive in separate updates: wait for both, reading the message fresh
        return wait.until(d -> {
            var message = (String) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].invalid ? arguments[0].errorMessage : null", d.findElement(By.id(fieldId)));
            return message == null || message.isBlank() ? null : message;
        });
    }

    public PersonProgressPage cancel() {
        click(By.id("grant-cancel"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG_FIELD));
        return new PersonProgressPage(driver);
    }

    /** Grants and returns to the drill-down once the dialog has closed. */
    public PersonProgressPage grant() {
        click(By.id("grant-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG_FIELD));
        return new PersonProgressPage(driver);
    }
}
