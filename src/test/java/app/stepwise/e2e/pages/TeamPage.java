package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code team}: a team's progress grid with its filters and CSV export. */
public class TeamPage extends AppShell {
    private static final By GRID = By.id("team-grid");
    /** The texts of one renderer class in the grid's shown rows, in order, read in one script (no stale elements). */
    private static final String SHOWN = "const grid = document.getElementById('team-grid');"
            + " return [...grid.querySelectorAll('vaadin-grid-cell-content ' + arguments[0])]"
            + ".filter(el => { const slot = el.closest('vaadin-grid-cell-content').assignedSlot;"
            + " return slot && !slot.closest('tr').hidden; }).map(el => el.textContent.trim());";

    public TeamPage(WebDriver driver) {
        super(driver);
        visible(GRID);
    }

    public static TeamPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/team");
        return new TeamPage(driver);
    }

    /** The names in the grid's rows, top to bottom, once the grid has finished loading. */
    @SuppressWarnings("unchecked")
    public List<String> names() {
        waitForGrid();
        return (List<String>) ((JavascriptExecutor) driver).executeScript(SHOWN, ".team-person strong");
    }

    public TeamPage waitForNames(List<String> expected) {
        wait.until(d -> names().equals(expected));
        return this;
    }

    public TeamPage search(String text) {
        WebElement input = visible(By.cssSelector("#team-search input"));
        input.sendKeys(text, Keys.TAB);
        return waitForGrid();
    }

    public TeamPage clearSearch() {
        WebElement input = visible(By.cssSelector("#team-search input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        return waitForGrid();
    }

    /** Picks a state in the status filter by its label. */
    public TeamPage status(String label) {
        return choose("team-status", label);
    }

    public TeamPage role(String title) {
        return choose("team-role", title);
    }

    /** Where the name in "Not enrolled in any role" leads: the enrolment page with that person chosen. */
    public String enrolLinkOf(String name) {
        return visible(By.xpath("//p[@id='team-unassigned']/a[normalize-space()='" + name + "']")).getDomAttribute("href");
    }

    public String unassigned() {
        return visible(By.id("team-unassigned")).getText();
    }

    public String gridText() {
        waitForGrid();
        return visible(GRID).getText();
    }

    public PersonProgressPage openPerson(String name) {
        click(By.xpath("//vaadin-grid[@id='team-grid']//vaadin-grid-cell-content[.//div[contains(@class,'team-person')]/strong[normalize-space()='" + name + "']]"));
        return new PersonProgressPage(driver);
    }

    /** Downloads the CSV export with the browser's session and returns its text. */
    public String downloadCsv() {
        String href = visible(By.id("export-team")).getDomAttribute("href");
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed ' + e));", href);
    }

    private TeamPage choose(String selectId, String label) {
        click(By.id(selectId));
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(label)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", item);
        wait.until(d -> d.findElement(By.id(selectId)).getDomAttribute("opened") == null);
        return waitForGrid();
    }

    private TeamPage waitForGrid() {
        wait.until(d -> d.findElement(GRID).getDomAttribute("loading") == null);
        return this;
    }
}
