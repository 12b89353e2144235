package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code enrolments}: enrol the chosen person in a role path with a purpose and a due date. */
public class EnrolmentsPage extends AppShell {
    public EnrolmentsPage(WebDriver driver) {
        super(driver);
        visible(By.id("enrolments-grid"));
    }

    public String chosenPerson() {
        wait.until(d -> !present(By.cssSelector("#enrol-person input")).getDomProperty("value").isBlank());
        return present(By.cssSelector("#enrol-person input")).getDomProperty("value");
    }

    /** Picks the role path in the select by its visible title. */
    public EnrolmentsPage role(String title) {
        click(By.id("enrol-role"));
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().strip().equals(title)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", item);
        return this;
    }

    /** Types the date as the date picker reads it in the browser's (US English) locale. */
    public EnrolmentsPage due(java.time.LocalDate date) {
        dueKind("On a date");
        var input = visible(By.cssSelector("#enrol-due input"));
        input.clear();
        input.sendKeys(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear(), org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElement(By.id("enrol-due")).getDomAttribute("opened") == null);
        return this;
    }

    /** "Within N days of starting": resolved against the person's start date. */
    public EnrolmentsPage dueWithinDaysOfStart(int days) {
        dueKind("Within days of starting");
        var input = visible(By.cssSelector("#enrol-due-days input"));
        input.clear();
        input.sendKeys(String.valueOf(days), org.openqa.selenium.Keys.TAB);
        return this;
    }

    private void dueKind(String label) {
        WebElement radio = wait.until(d -> d.findElements(By.cssSelector("#enrol-due-kind vaadin-radio-button")).stream()
                .filter(e -> e.getText().strip().equals(label)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].querySelector('input').click()", radio);
    }

    public EnrolmentsPage enrol() {
        click(By.id("enrol"));
        return this;
    }

    /** Waits until the chosen person's enrolments list the role path. */
    public String enrolments(String roleTitle) {
        wait.until(d -> d.findElement(By.id("enrolments-grid")).getText().contains(roleTitle)
                || !d.findElements(By.xpath("//vaadin-grid[@id='enrolments-grid']//vaadin-grid-cell-content[contains(., '"
                + roleTitle + "')]")).isEmpty());
        return driver.findElement(By.id("enrolments-grid")).getText();
    }

    public static EnrolmentsPage forPerson(WebDriver driver, String baseUrl, long personId) {
        driver.get(baseUrl + "/enrolments?person=" + personId);
        return new EnrolmentsPage(driver);
    }

    /** Approves the request shown for the person. */
    public EnrolmentsPage approveRequestOf(String personName) {
        var button = wait.until(d -> d.findElements(By.cssSelector("#enrolment-requests .request-row")).stream()
                .filter(row -> row.getText().contains(personName)).findFirst()
                .map(row -> row.findElement(By.cssSelector("vaadin-button[id^='approve-request-']"))).orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
        wait.until(d -> d.findElements(By.cssSelector("#enrolment-requests .request-row")).stream()
                .noneMatch(row -> row.getText().contains(personName)));
        return this;
    }
}
