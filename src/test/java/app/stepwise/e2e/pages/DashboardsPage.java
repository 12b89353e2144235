package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code dashboards}: organisation totals, the two charts, per role and per module. */
public class DashboardsPage extends AppShell {
    public DashboardsPage(WebDriver driver) {
        super(driver);
        visible(By.id("dashboard-totals"));
    }

    public static DashboardsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/dashboards");
        return new DashboardsPage(driver);
    }

    public String totals() {
        return visible(By.id("dashboard-totals")).getText();
    }

    /** The chart's accessible title (its SVG {@code <title>}), once drawn and visible. */
    public String chartTitle(String chartId) {
        WebElement svg = visible(By.cssSelector("#" + chartId + " svg"));
        return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].querySelector('title').textContent", svg);
    }

    /** How many bars (or funnel stages) the chart draws. */
    public long chartBars(String chartId) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#' + arguments[0] + ' svg rect').length", chartId);
    }

    public String chartText(String chartId) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#' + arguments[0] + ' svg text')].map(t => t.textContent).join(' | ')", chartId);
    }

    public DashboardsPage funnelFor(String roleTitle) {
        click(By.id("funnel-role"));
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(roleTitle)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", item);
        wait.until(d -> chartTitle("chart-funnel").contains(roleTitle));
        return this;
    }

    public String roles() {
        return visible(By.id("roles-grid")).getText();
    }

    public String modules() {
        wait.until(d -> d.findElement(By.id("modules-grid")).getDomAttribute("loading") == null);
        return visible(By.id("modules-grid")).getText();
    }
}
