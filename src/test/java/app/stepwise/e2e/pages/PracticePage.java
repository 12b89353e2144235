package app.stepwise.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The learner's practice page of one module: {@code practice/<module id>}. */
public class PracticePage extends AppShell {
    public PracticePage(WebDriver driver) {
        super(driver);
        visible(By.id("practice-module-title"));
    }

    public static PracticePage open(WebDriver driver, String baseUrl, String moduleId) {
        driver.get(baseUrl + "/practice/" + moduleId);
        return new PracticePage(driver);
    }

    public String moduleTitle() {
        return driver.findElement(By.id("practice-module-title")).getText();
    }

    /** Read as text content: after a submit the page may have scrolled the badge out of view. */
    public String status(int task) {
        return present(By.id("task-" + task + "-status")).getDomProperty("textContent").strip();
    }

    /** Types the evidence, submits it and waits until the task's status changed. */
    public PracticePage submitText(int task, String text) {
        WebElement area = visible(By.cssSelector("#task-" + task + "-text textarea"));
        area.clear();
        area.sendKeys(text);
        return submitAndWait(task);
    }

    /** Picks the file in the task's upload, waits until the server has it, submits and waits for the new status. */
    public PracticePage submitFile(int task, Path file) {
        WebElement upload = present(By.id("task-" + task + "-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> d.findElement(By.id("task-" + task + "-file-chosen")).getDomProperty("textContent")
                .contains(file.getFileName().toString()));
        return submitAndWait(task);
    }

    private PracticePage submitAndWait(int task) {
        String before = status(task);
        click(By.id("task-" + task + "-submit"));
        wait.ignoring(StaleElementReferenceException.class).until(d -> !status(task).equals(before));
        return this;
    }

    /** The reviewer's note under the task ("Approved by …: comment"), or empty before a review. */
    public String reviewNote(int task) {
        var notes = driver.findElements(By.id("task-" + task + "-review"));
        return notes.isEmpty() ? "" : notes.getFirst().getDomProperty("textContent").strip();
    }

    /** Opens the task's collapsed history and returns its text. */
    public String openHistory(int task) {
        click(By.cssSelector("#task-" + task + "-history vaadin-details-summary"));
        return visible(By.cssSelector("#task-" + task + "-history .attempt-list")).getText();
    }

    public boolean acceptsEvidence(int task) {
        return isShown(By.id("task-" + task + "-submit"));
    }
}
