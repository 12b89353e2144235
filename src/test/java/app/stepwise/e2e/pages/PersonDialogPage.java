package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

public class PersonDialogPage extends Page {
    public PersonDialogPage(WebDriver driver) {
        super(driver);
        visible(By.id("person-name"));
    }

    public PersonDialogPage fill(String name, String email, String jobTitle, String temporaryPassword) {
        type("person-name", name);
        type("person-email", email);
        type("person-job-title", jobTitle);
        type("person-password", temporaryPassword);
        return this;
    }

    public PeoplePage save() {
        click(By.id("save-person"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-name")));
        return new PeoplePage(driver);
    }

    /** Saving stays in the dialog and marks the field invalid with this message. */
    public String saveExpectingError(String fieldId) {
        click(By.id("save-person"));
        // "invalid" and the message may arrive in separate updates: wait for both, reading the message fresh
        return wait.until(d -> {
            var field = d.findElement(By.id(fieldId));
            var message = (String) ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return arguments[0].invalid ? arguments[0].errorMessage : null", field);
            return message == null || message.isBlank() ? null : message;
        });
    }

    /** From an existing person's dialog to the enrolment page with them chosen. */
    public EnrolmentsPage enrolInRolePath() {
        click(By.id("enrol-person-link"));
        return new EnrolmentsPage(driver);
    }
}
