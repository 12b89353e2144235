package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.LibraryPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.RoleEditorPage;
import app.stepwise.e2e.pages.RolesPage;
import app.stepwise.e2e.pages.VersionHistoryPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainer compares two versions of a module and sees the edited step, then downloads the export and a binder. */
class ExportAndBinderIT extends BrowserTest {
    @Autowired ContentImporter importer;

    @Test
    void a_trainer_compares_versions_and_downloads_the_export_and_a_role_binder() throws Exception {
        var trainer = existingPerson("Hal History", Authority.TRAINER);
        String id = "compare-" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Refund a customer " + id;
        for (String approval : List.of("Refunds over 100 EUR need the team lead.", "Refunds over 50 EUR need the team lead.")) {
            var report = importer.importFiles(List.of(SourceFile.ofText("compare/" + id + ".md",
                    TrainerImportsProcessDocIT.doc(id, title, approval, "1. [ ] Anyone on the team"))), "test", "set-up");
            assertThat(report.hasFailures()).as(report.summary()).isFalse();
        }
        String roleId = "binder-" + id;
        var role = importer.importFiles(List.of(SourceFile.ofText("roles/" + roleId + ".md", """
                ---
                id: %s
                title: Refund desk %s
                required: [%s]
                ---
                # Refund desk
                """.formatted(roleId, id, id))), "test", "set-up");
        assertThat(role.hasFailures()).as(role.summary()).isFalse();
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);

        var library = LibraryPage.open(driver, baseUrl()).search(id);
        assertThat(VersionHistoryPage.fetch(driver, "export-all")).startsWith("200 application/zip");
        library.history(title);
        var history = new VersionHistoryPage(driver);
        String diff = history.compare();
        assertThat(diff).contains("From v1 to v2").contains("Step 2 edited")
                .contains("Refunds over 100 EUR").contains("Refunds over 50 EUR");
        assertThat(VersionHistoryPage.fetch(driver, "export-module")).startsWith("200 application/zip");
        screenshot("desktop-version-diff");
        driver.manage().window().setSize(new Dimension(390, 844));
        scrollTo("version-diff");
        screenshot("phone-version-diff");
        driver.manage().window().setSize(new Dimension(1366, 900));

        driver.get(baseUrl() + "/content/role/" + roleId);
        new RoleEditorPage(driver);
        assertThat(VersionHistoryPage.fetch(driver, "role-binder")).startsWith("200 application/pdf");
        assertThat(VersionHistoryPage.fetch(driver, "export-role")).startsWith("200 application/zip");
        scrollTo("role-binder");
        screenshot("desktop-role-downloads");
        driver.manage().window().setSize(new Dimension(390, 844));
        scrollTo("role-binder");
        screenshot("phone-role-downloads");
        driver.manage().window().setSize(new Dimension(1366, 900));

        var roles = RolesPage.open(driver, baseUrl());
        assertThat(roles.fetchBinder(roleId)).startsWith("200 application/pdf");
        assertThat(roles.fetchRoleFile(roleId)).startsWith("200 application/zip");
        screenshot("desktop-roles-list-downloads");
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }
}
