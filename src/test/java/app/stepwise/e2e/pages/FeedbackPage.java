package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Feedback: the person's own flags and, for owners and trainers, the improvement queue. */
public class FeedbackPage extends AppShell {
    public FeedbackPage(WebDriver driver) {
        super(driver);
        visible(By.id("feedback-tabs"));
    }

    public static FeedbackPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/feedback");
        return new FeedbackPage(driver);
    }

    public boolean offersImprovementQueue() {
        return !driver.findElements(By.id("tab-queue")).isEmpty();
    }

    /** The card of the person's own flag whose comment contains the text. */
    public String myFlag(String comment) {
        return visible(By.xpath("//div[contains(@class,'flag-card')][.//p[contains(., \"" + comment + "\")]]")).getText();
    }

    /** True when the page opened on the improvement queue, its tab counting the flags waiting. */
    public boolean queueShownFirst() {
        visible(By.id("queue-grid"));
        return visible(By.id("tab-queue")).getText().matches("Improvement queue \\(\\d+\\)")
                && visible(By.id("tab-queue")).getAttribute("selected") != null;
    }

    public FeedbackPage improvementQueue() {
        click(By.id("tab-queue"));
        visible(By.id("queue-grid"));
        return this;
    }

    /**
     * The cells of the queue row whose comment contains the text, joined with " | ", once it is shown. The
     * grid keeps cell content in its light DOM and the rows in its shadow DOM: the cell's slot finds its row.
     */
    public String queueRow(String comment) {
        WebElement cell = visible(commentCell(comment));
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const row = arguments[0].assignedSlot.closest('tr');
                return [...row.querySelectorAll('slot')]
                    .map(slot => slot.assignedElements().map(e => e.textContent.trim()).join(' ')).join(' | ');""", cell);
    }

    public boolean queueLacks(String comment) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(commentCell(comment)));
        return true;
    }

    public String queueSummary() {
        return visible(By.id("queue-summary")).getText();
    }

    public FeedbackPage openFlag(String comment) {
        click(commentCell(comment));
        visible(By.id("flag-comment-shown"));
        return this;
    }

    public FeedbackPage markFixed(String note) {
        WebElement area = visible(By.cssSelector("#flag-note textarea"));
        area.sendKeys(note);
        click(By.id("flag-fixed"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("flag-comment-shown")));
        return this;
    }

    private static By commentCell(String comment) {
        return By.xpath("//vaadin-grid-cell-content[contains(., \"" + comment + "\")]");
    }
}
