package app.stepwise.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class ImportPage extends AppShell {
    public ImportPage(WebDriver driver) {
        super(driver);
        visible(By.id("content-upload"));
    }

    public static ImportPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/content/import");
        return new ImportPage(driver);
    }

    /** Uploads a file and waits for the report that mentions it. */
    public ImportPage upload(Path file) {
        String before = reportText();
        WebElement upload = present(By.id("content-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> !reportText().equals(before) && !reportText().isBlank());
        return this;
    }

    public String message() {
        return visible(By.id("import-message")).getText();
    }

    public String reportText() {
        var report = driver.findElements(By.id("import-report"));
        return report.isEmpty() ? "" : report.getFirst().getText();
    }

    /** Opens the first problem and returns the dialog's text: the file around the problem's line. */
    public String openFirstProblem() {
        click(By.xpath("//vaadin-grid[@id='import-problems']//vaadin-grid-cell-content[contains(., ':')]"));
        String text = visible(By.cssSelector(".source-listing")).getText();
        click(By.xpath("//vaadin-button[normalize-space()='Close']"));
        return text;
    }
}
