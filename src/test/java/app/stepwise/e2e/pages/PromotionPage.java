package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code promotion}: the roles a person may aim for, the gap to each, and asking to follow one. */
public class PromotionPage extends AppShell {
    public PromotionPage(WebDriver driver) {
        super(driver);
        visible(By.cssSelector(".promotion-card, #no-next-roles"));
    }

    public static PromotionPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/promotion");
        return new PromotionPage(driver);
    }

    public String card(String roleId) {
        return visible(By.id("promotion-" + roleId)).getText();
    }

    public PromotionPage ask(String roleId) {
        click(By.id("enrol-" + roleId));
        visible(By.id("requested-" + roleId));
        return this;
    }
}
