package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The knowledge base's results page: summary, facets, hits, paging. */
public class SearchPage extends AppShell {
    private static final By HITS = By.cssSelector("#search-results .search-hit");

    public SearchPage(WebDriver driver) {
        super(driver);
        present(By.id("search-results"));
    }

    public static SearchPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        return new SearchPage(driver);
    }

    /** The "Did you mean" suggestion, or empty when there is none. */
    public String didYouMean() {
        return driver.findElements(By.id("did-you-mean")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Whether the role and tag filters are unfolded (at phone width they start folded). */
    public boolean filtersOpen() {
        return "true".equals(visible(By.id("search-filters")).getDomProperty("opened"));
    }

    /** Waits until the filters are folded (the page learns the window width after it is shown). */
    public SearchPage waitForFoldedFilters() {
        wait.until(d -> !filtersOpen());
        return this;
    }

    /** How far down the window the first hit starts, in CSS pixels. */
    public long firstHitTop() {
        hits();
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#search-results .search-hit').getBoundingClientRect().top")).longValue();
    }

    public String summary() {
        return visible(By.id("search-summary")).getText();
    }

    /** Each hit as "module title | where" in order. */
    public List<String> hits() {
        wait.until(d -> !d.findElements(HITS).isEmpty());
        return driver.findElements(HITS).stream().map(hit -> hit.findElement(By.cssSelector(".search-hit-title")).getText()
                + " | " + hit.findElement(By.cssSelector(".search-hit-where")).getText()).toList();
    }

    public List<String> hitRoles(int index) {
        return driver.findElements(HITS).get(index).findElements(By.cssSelector(".search-hit-roles span")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> roleFacets() {
        return visible(By.id("role-facet")).findElements(By.cssSelector("vaadin-checkbox")).stream()
                .map(WebElement::getText).toList();
    }

    /** Ticks the role whose label starts with this text; the page reloads with the filter in its URL. */
    public SearchPage filterByRole(String label) {
        String before = driver.getCurrentUrl();
        var box = visible(By.id("role-facet")).findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.getText().startsWith(label)).findFirst().orElseThrow();
        box.findElement(By.cssSelector("input")).click();
        wait.until(d -> !d.getCurrentUrl().equals(before));
        return new SearchPage(driver);
    }

    public String hitUrl(int index) {
        return driver.findElements(HITS).get(index).getAttribute("data-url");
    }

    public ReaderPage openHit(int index) {
        var link = driver.findElements(HITS).get(index).findElement(By.cssSelector(".search-hit-title"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        return new ReaderPage(driver);
    }

    public String pageFieldValue() {
        return driver.findElement(By.cssSelector("#search-page-field input")).getDomProperty("value");
    }

    public SearchPage typeInPageField(String text) {
        var input = visible(By.cssSelector("#search-page-field input"));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
