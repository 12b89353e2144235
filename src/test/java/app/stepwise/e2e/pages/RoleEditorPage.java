package app.stepwise.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** {@code content/role[/<id>]}: a role's form (required modules in order) and its version history. */
public class RoleEditorPage extends AppShell {
    public RoleEditorPage(WebDriver driver) {
        super(driver);
        visible(By.id("role-save"));
    }

    public static RoleEditorPage create(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/content/role");
        return new RoleEditorPage(driver);
    }

    public RoleEditorPage name(String id, String title) {
        type("role-id", id);
        type("role-title", title);
        return this;
    }

    /** Picks a module in the "add a required module" combo box by typing its id. */
    public RoleEditorPage require(String moduleId) {
        var input = visible(By.cssSelector("#role-required-add input"));
        input.sendKeys(moduleId);
        var item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.getText().contains("(" + moduleId + ")")).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", item);
        visible(By.id("role-required-" + moduleId));
        return this;
    }

    public RoleEditorPage moveUp(String moduleId) {
        click(By.cssSelector("#role-required-" + moduleId + " vaadin-button[aria-label^='Move'][aria-label$='up']"));
        return this;
    }

    public RoleEditorPage note(String text) {
        type("role-note", text);
        return this;
    }

    public RoleEditorPage save() {
        click(By.id("role-save"));
        return this;
    }

    /** The required modules' ids, in order, read in one script so a re-render cannot go stale under us. */
    @SuppressWarnings("unchecked")
    public List<String> required() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('.ordered-modules-row')].map(r => r.id.replace('role-required-', ''))");
    }

    /** Waits until the history lists the version, then returns the grid's text. */
    public String historyWith(String version) {
        wait.until(d -> d.findElement(By.id("role-history")).getText().contains(version)
                || !d.findElements(By.xpath("//vaadin-grid[@id='role-history']//vaadin-grid-cell-content[normalize-space(.)='"
                + version + "']")).isEmpty());
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#role-history vaadin-grid-cell-content')].map(c => c.textContent).join(' | ')");
    }

    public String heading() {
        return visible(By.cssSelector(".role-editor-page h2")).getText();
    }
}
