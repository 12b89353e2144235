package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The search field in the header of every signed-in page, and the instant results under it. */
public class HeaderSearch extends Page {
    private static final By FIELD_INPUT = By.cssSelector("#search-field input");
    private static final By SUGGESTIONS = By.cssSelector("#search-suggestions .search-suggestion:not(.search-see-all)");

    public HeaderSearch(WebDriver driver) {
        super(driver);
        present(By.id("search-field"));
    }

    /** Presses "/" with the focus on the page itself, as someone would before typing a question. */
    public HeaderSearch pressSlash() {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
        new Actions(driver).sendKeys("/").perform();
        wait.until(d -> isFocused());
        return this;
    }

    public boolean isFocused() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const f = document.getElementById('search-field'); const a = document.activeElement;"
                        + " return !!f && (a === f || f.contains(a));"));
    }

    /** Types into whatever has the focus (the field, after "/"). */
    public HeaderSearch typeWhereFocused(String text) {
        new Actions(driver).sendKeys(text).perform();
        return this;
    }

    public String value() {
        return driver.findElement(FIELD_INPUT).getDomProperty("value");
    }

    /** The instant results: "module title / step" per line, once they are shown. */
    public List<String> instantResults() {
        wait.until(d -> !d.findElements(SUGGESTIONS).isEmpty() && d.findElements(SUGGESTIONS).getFirst().isDisplayed());
        return driver.findElements(SUGGESTIONS).stream().map(WebElement::getText).map(t -> t.replace('\n', '/')).toList();
    }

    /** Arrow down from the field moves the focus into the results. */
    public String arrowDownToFirstResult() {
        driver.findElement(FIELD_INPUT).sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement && document.activeElement.classList.contains('search-suggestion')")));
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement.dataset.url");
    }

    /** Types more at the end of the field (after moving the focus back from the results). */
    public HeaderSearch typeInField(String text) {
        var input = driver.findElement(FIELD_INPUT);
        input.click();
        input.sendKeys(Keys.END, text);
        return this;
    }

    public SearchPage pressEnterInField() {
        driver.findElement(FIELD_INPUT).sendKeys(Keys.ENTER);
        return new SearchPage(driver);
    }
}
