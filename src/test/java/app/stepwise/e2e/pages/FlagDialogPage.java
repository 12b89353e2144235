package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dialog behind a step's flag button in the module reader. */
public class FlagDialogPage extends Page {
    private final String stepAnchor;

    private FlagDialogPage(WebDriver driver, String stepAnchor) {
        super(driver);
        this.stepAnchor = stepAnchor;
        visible(By.id("flag-comment"));
    }

    /** Clicks the flag beside the step (in the open module reader). */
    public static FlagDialogPage openOnStep(ReaderPage reader, WebDriver driver, String stepAnchor) {
        reader.click(By.id("flag-" + stepAnchor));
        return new FlagDialogPage(driver, stepAnchor);
    }

    /** What the step shows about the reader's own flag, e.g. "Flagged: open". */
    public static String flagStateOnStep(ReaderPage reader, String stepAnchor) {
        return reader.visible(By.cssSelector("[id='" + stepAnchor + "'] .flag-state")).getText();
    }

    public FlagDialogPage kind(String label) {
        click(By.xpath("//vaadin-radio-group[@id='flag-kind']//vaadin-radio-button[.//label[normalize-space()=\""
                + label + "\"]]//label"));
        return this;
    }

    public FlagDialogPage comment(String text) {
        WebElement area = visible(By.cssSelector("#flag-comment textarea"));
        area.clear();
        area.sendKeys(text);
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", area);
        return this;
    }

    /** Sends the flag and returns the state the step shows once the dialog has closed. */
    public String send(ReaderPage reader) {
        click(By.id("flag-send"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("flag-comment")));
        return flagStateOnStep(reader, stepAnchor);
    }

    /** Sends, stays in the dialog and returns the error the field shows. */
    public String sendExpectingError(String fieldId) {
        click(By.id("flag-send"));
        wait.until(d -> d.findElement(By.id(fieldId)).getDomAttribute("invalid") != null);
        return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].errorMessage",
                driver.findElement(By.id(fieldId)));
    }
}
