package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The trainers' review queue ({@code reviews}) and the review dialog it opens. */
public class ReviewQueuePage extends AppShell {
    private static final By GRID = By.id("review-grid");
    private static final By DIALOG = By.id("review-dialog");
    /** The combo box's suggestion with this label, wherever its overlay renders it (shadow roots included). */
    private static final String FIND_ITEM = "const label = arguments[0];"
            + " const find = root => { for (const el of root.querySelectorAll('*')) {"
            + " if (el.localName === 'vaadin-combo-box-item' && el.textContent.trim() === label && el.offsetParent) return el;"
            + " if (el.shadowRoot) { const found = find(el.shadowRoot); if (found) return found; } } return null; };"
            + " return find(document);";

    public ReviewQueuePage(WebDriver driver) {
        super(driver);
        visible(GRID);
    }

    public static ReviewQueuePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/reviews");
        return new ReviewQueuePage(driver);
    }

    /** Picks the module in the module filter by typing its title and clicking the suggestion. */
    public ReviewQueuePage filterByModule(String title) {
        WebElement input = visible(By.cssSelector("#review-filter-module input"));
        input.sendKeys(title);
        WebElement item = wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(FIND_ITEM, title));
        item.click();
        wait.until(d -> title.equals(input.getDomProperty("value"))
                && d.findElement(By.id("review-filter-module")).getDomAttribute("opened") == null);
        return waitForGrid();
    }

    /** The grid has no rows in flight: Vaadin marks it {@code loading} while it fetches. */
    private ReviewQueuePage waitForGrid() {
        wait.until(d -> d.findElement(GRID).getDomAttribute("loading") == null);
        return this;
    }

    public ReviewQueuePage filterByPerson(String text) {
        WebElement input = visible(By.cssSelector("#review-filter-person input"));
        input.sendKeys(text, Keys.TAB);
        return waitForRow(text).waitForGrid();
    }

    /** The visible rows' text, for checking what the queue lists. */
    public String rows() {
        waitForGrid();
        return visible(GRID).getText();
    }

    public ReviewQueuePage waitForNoRow(String text) {
        wait.until(d -> !d.findElement(GRID).getText().contains(text));
        return this;
    }

    public ReviewQueuePage waitForRow(String text) {
        wait.until(d -> d.findElement(GRID).getText().contains(text));
        return this;
    }

    /** Opens the review dialog of the row that mentions the text (the learner's name, say). */
    public ReviewQueuePage open(String rowText) {
        click(By.xpath("//vaadin-grid[@id='review-grid']//vaadin-grid-cell-content[contains(., '" + rowText + "')]"));
        visible(By.id("review-task"));
        return this;
    }

    public String dialogText() {
        return visible(DIALOG).getText();
    }

    public String evidenceText() {
        return visible(By.id("review-evidence-text")).getText();
    }

    public String quizResult() {
        return visible(By.id("review-quiz-result")).getText();
    }

    public WebElement evidenceFileLink() {
        return visible(By.id("review-evidence-file"));
    }

    /** Status and Content-Disposition of a GET with the browser's session, as {@code "200 attachment; …"}. */
    public String fetch(String href) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-disposition')))"
                + ".catch(e => done('failed ' + e));", href);
    }

    public ReviewQueuePage approve(String comment) {
        return decide("review-approve", comment);
    }

    public ReviewQueuePage reject(String comment) {
        return decide("review-reject", comment);
    }

    private ReviewQueuePage decide(String button, String comment) {
        WebElement area = visible(By.cssSelector("#review-comment textarea"));
        area.clear();
        area.sendKeys(comment);
        click(By.id(button));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("review-task")));
        return this;
    }
}
