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
    void learners_do_not_see_the_content_pages() {
        var learner = existingPerson("Lee Learner", Authority.LEARNER);
        var home = LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        assertThat(home.navigation()).doesNotContain("Import", "Library");
        driver.get(baseUrl() + "/content/import");
        assertThat(new app.stepwise.e2e.pages.HomePage.NotAvailable(driver).shown()).isTrue();
    }
}
