package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.e2e.pages.ImportPage;
import app.stepwise.e2e.pages.LibraryPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerImportsProcessDocIT extends BrowserTest {
    static String doc(String id, String title, String approval, String secondAnswer) {
        return """
                ---
                id: %s
                title: %s
                owner: Pat Lee, Support Lead
                estimate: 15m
                ---
                # %s

                ## Objective
                Refunds are fair and fast.

                ## Steps
                1. **Check the order.** Find the order in the CRM.
                2. **Approve the refund.** %s
                3. **Tell the customer.** Send the refund email template.

                ## Quiz

                ### Who approves large refunds?
                1. [x] The team lead
                %s
                > Large refunds need a second pair of eyes.
                """.formatted(id, title, title, approval, secondAnswer);
    }

    @Test
    void a_trainer_fixes_a_reported_problem_imports_the_doc_and_sees_each_version_in_the_library(@TempDir Path dir)
            throws Exception {
        var trainer = existingPerson("Tom Trainer", Authority.TRAINER);
        String id = "refunds-" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Refund a customer " + id;
        Path file = dir.resolve(id + ".md");
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);

        Files.writeString(file, doc(id, title, "Refunds over 100 EUR need the team lead.", "1. [x] Anyone on the team"));
        var page = ImportPage.open(driver, baseUrl()).upload(file);
        assertThat(page.message()).contains("0 new").contains("1 failed");
        assertThat(page.reportText()).contains(id + ".md:21");
        assertThat(page.openFirstProblem()).contains("21").contains("1. [x] Anyone on the team");

        Path fixed = dir.resolve(id + "-fixed.md");
        Files.writeString(fixed, doc(id, title, "Refunds over 100 EUR need the team lead.", "1. [ ] Anyone on the team"));
        assertThat(page.upload(fixed).message()).contains("1 new").contains("0 failed");

        Path changed = dir.resolve(id + "-changed.md");
        Files.writeString(changed, doc(id, title, "Refunds over 50 EUR need the team lead.", "1. [ ] Anyone on the team"));
        assertThat(page.upload(changed).reportText()).contains("updated").contains("v2").contains("material");

        String history = LibraryPage.open(driver, baseUrl()).search(id).history(title);
        assertThat(history).contains("v2").contains("material").contains("Approve the refund").contains("v1")
                .contains("first version");
    }

    @Test
    void images_in_an_uploaded_zip_are_served_to_people_signed_in_and_to_nobody_else(@TempDir Path dir) throws Exception {
        var trainer = existingPerson("Ivy Images", Authority.TRAINER);
        String id = "diagram-" + UUID.randomUUID().toString().substring(0, 6);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        Path zip = dir.resolve(id + ".zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            // No single shared top folder: the reader would strip it (handbook-main/... becomes ...).
            out.putNextEntry(new java.util.zip.ZipEntry(id + ".md"));
            out.write(("# Diagram " + id + "\n\n![The flow](images/" + id + ".png)\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("images/" + id + ".png"));
            out.write(png);
            out.closeEntry();
        }
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);
        assertThat(ImportPage.open(driver, baseUrl()).upload(zip).message()).contains("0 failed");

        assertThat(fetch("/content-assets/images/" + id + ".png")).isEqualTo("200 image/png " + png.length);
        assertThat(fetch("/content-assets/images/missing.png")).startsWith("404");
        driver.manage().deleteAllCookies();
        assertThat(fetch("/content-assets/images/" + id + ".png")).doesNotStartWith("200 image/png");
    }

    /** Fetches from the page with its cookies, past the browser cache: status, content type and size. */
    private String fetch(String path) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual', cache: 'no-store'}).then(r => r.arrayBuffer().then(b =>"
                        + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))"
                        + ".catch(e => done('error ' + e));", baseUrl() + path);
    }

    @Test
    void learners_do_not_see_the_content_pages() {
        var learner = existingPerson("Lee Learner", Authority.LEARNER);
        var home = LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        assertThat(home.navigation()).doesNotContain("Import", "Library");
        driver.get(baseUrl() + "/content/import");
        assertThat(new app.stepwise.e2e.pages.HomePage.NotAvailable(driver).shown()).isTrue();
    }
}
