package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class LibraryPage extends AppShell {
    public LibraryPage(WebDriver driver) {
        super(driver);
        visible(By.id("library-grid"));
    }

    public static LibraryPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/content/library");
        return new LibraryPage(driver);
    }

    public LibraryPage search(String text) {
        type("library-filter", text);
        return this;
    }

    /** Opens a module's version history and returns its text. */
    public String history(String moduleTitle) {
        By row = By.xpath("//vaadin-grid[@id='library-grid']//vaadin-grid-cell-content[contains(., '" + moduleTitle + "')]");
        // The filtered grid re-renders its rows once the search arrives: click until the history opens.
        wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            if (d.findElements(By.id("version-grid")).isEmpty()) {
                d.findElement(row).click();
            }
            return !d.findElements(By.id("version-grid")).isEmpty();
        });
        visible(By.id("version-grid"));
        wait.until(d -> !d.findElement(By.id("version-grid")).getText().isBlank());
        return driver.findElement(By.id("version-grid")).getText();
    }
}
