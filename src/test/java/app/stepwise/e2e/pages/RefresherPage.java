package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code refresher/<module>}: what changed in a module since the version a certification rests on. */
public class RefresherPage extends AppShell {
    public RefresherPage(WebDriver driver) {
        super(driver);
        visible(By.id("refresher-intro"));
    }

    public String whatChanged() {
        return visible(By.id("what-changed")).getText();
    }
}
