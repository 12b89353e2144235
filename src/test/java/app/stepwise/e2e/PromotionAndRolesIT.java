package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.e2e.pages.EnrolmentsPage;
import app.stepwise.e2e.pages.LearningPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.PromotionPage;
import app.stepwise.e2e.pages.RoleEditorPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** An employee asks to follow a promotion path and their manager approves; a trainer edits a role as versions. */
class PromotionAndRolesIT extends BrowserTest {
    @org.springframework.beans.factory.annotation.Autowired app.stepwise.content.internal.importing.ContentImporter importer;

    @org.junit.jupiter.api.BeforeEach
    void importTheSampleCurriculum() {
        importer.importFiles(app.stepwise.content.ContentFolder.read(java.nio.file.Path.of("content")), "test", "content/");
    }

    @Test
    void an_employee_sees_the_gap_asks_for_the_next_role_and_their_manager_approves() throws Exception {
        var rep = enrolledLearner("Remy Rep", "support-rep", 30);
        var manager = personRepository.findById(rep.getManager().getId()).orElseThrow();

        LoginPage.open(driver, baseUrl()).signInAs(rep.getEmail(), PeopleFixture.PASSWORD);
        var promotion = PromotionPage.open(driver, baseUrl());
        assertThat(promotion.card("tech-support")).contains("Technical Support").contains("required modules to go");
        screenshot("desktop-next-roles");
        promotion.ask("tech-support");
        driver.manage().window().setSize(new Dimension(390, 844));
        PromotionPage.open(driver, baseUrl());
        screenshot("phone-next-roles");
        driver.manage().window().setSize(new Dimension(1366, 900));
        promotion.signOut();

        LoginPage.open(driver, baseUrl()).signInAs(manager.getEmail(), PeopleFixture.PASSWORD);
        driver.get(baseUrl() + "/enrolments");
        var enrolments = new EnrolmentsPage(driver);
        screenshot("desktop-enrolment-requests");
        enrolments.approveRequestOf("Remy Rep").signOut();

        LoginPage.open(driver, baseUrl()).signInAs(rep.getEmail(), PeopleFixture.PASSWORD);
        driver.get(baseUrl() + "/learning");
        new LearningPage(driver);
        assertThat(driver.findElement(By.id("path-tech-support")).getText()).contains("Promotion");
    }

    @Test
    void a_trainer_creates_a_role_reorders_its_modules_and_sees_both_versions() throws Exception {
        var trainer = existingPerson("Theo Trainer", Authority.TRAINER);
        String id = "front-desk-" + UUID.randomUUID().toString().substring(0, 6);
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);

        var editor = RoleEditorPage.create(driver, baseUrl()).name(id, "Front Desk").require("time-off-requests").require("it-requests");
        editor.save();
        driver.get(baseUrl() + "/content/role/" + id);
        editor = new RoleEditorPage(driver);
        assertThat(editor.heading()).isEqualTo("Front Desk · v1");
        assertThat(editor.required()).containsExactly("time-off-requests", "it-requests");

        editor.moveUp("it-requests").note("IT access comes first").save();
        assertThat(editor.historyWith("v2")).contains("required reordered").contains("IT access comes first");
        assertThat(editor.required()).containsExactly("it-requests", "time-off-requests");
        screenshot("desktop-role-editor");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(baseUrl() + "/content/role/" + id);
        new RoleEditorPage(driver);
        screenshot("phone-role-editor");
    }
}
