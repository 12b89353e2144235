package app.stepwise.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The roles list, with each role's binder and file to download. */
public class RolesPage extends AppShell {
    public RolesPage(WebDriver driver) {
        super(driver);
        visible(By.id("roles-grid"));
    }

    public static RolesPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/content/roles");
        return new RolesPage(driver);
    }

    /** "status content-type bytes" of the role's binder download, fetched with the browser's session. */
    public String fetchBinder(String roleId) {
        present(By.id("binder-" + roleId));
        return VersionHistoryPage.fetch(driver, "binder-" + roleId);
    }

    public String fetchRoleFile(String roleId) {
        present(By.id("export-role-" + roleId));
        return VersionHistoryPage.fetch(driver, "export-role-" + roleId);
    }
}
