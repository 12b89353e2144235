package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The library's version history dialog: versions, a comparison of two of them, and the module download. */
public class VersionHistoryPage extends Page {
    public VersionHistoryPage(WebDriver driver) {
        super(driver);
        visible(By.id("version-grid"));
    }

    /** The versions table as shown: version, when and by whom, change, what changed, note. */
    public String versions() {
        return visible(By.id("version-grid")).getText();
    }

    /** Compares the versions the selects show (by default the previous one with the current one); returns the diff's text. */
    public String compare() {
        click(By.id("compare-versions"));
        visible(By.id("version-diff"));
        wait.until(d -> !d.findElement(By.id("version-diff")).getText().isBlank());
        return driver.findElement(By.id("version-diff")).getText();
    }

    /**
     * Fetches a download link with the browser's own session and returns "status content-type", so the test checks
     * what the server sends without saving files.
     */
    public static String fetch(WebDriver driver, String linkId) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = document.getElementById(arguments[0]);
                if (!link) { done('no link ' + arguments[0]); return; }
                fetch(link.href, {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))
                    .catch(e => done('failed ' + e));
                """, linkId);
    }
}
