package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class PeoplePage extends AppShell {
    public PeoplePage(WebDriver driver) {
        super(driver);
        visible(By.id("people-grid"));
    }

    public PersonDialogPage addPerson() {
        click(By.id("add-person"));
        return new PersonDialogPage(driver);
    }

    public PeoplePage search(String text) {
        type("people-search", text);
        return this;
    }

    /** Opens the dialog of the person whose row shows the text. */
    public PersonDialogPage open(String text) {
        search(text); // other journeys add people, so the row may be beyond the grid's first page
        lists(text);
        By row = By.xpath("//vaadin-grid[@id='people-grid']//vaadin-grid-cell-content[contains(., '" + text + "')]");
        // The filtered grid re-renders its rows once the search arrives, and ignores clicks on rows still loading.
        wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            if (d.findElements(By.id("person-name")).isEmpty()) {
                d.findElement(row).click();
            }
            return !d.findElements(By.id("person-name")).isEmpty();
        });
        return new PersonDialogPage(driver);
    }

    /** Waits until the grid shows a row containing the text (the grid renders cells as light-DOM content). */
    public boolean lists(String text) {
        wait.until(d -> d.findElement(By.id("people-grid")).getText().contains(text)
                || !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]")).isEmpty());
        return true;
    }
}
