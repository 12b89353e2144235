package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.certification.CertificationFixture;
import app.stepwise.certification.CertificationService;
import app.stepwise.certification.CertificationStatus;
import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.HomePage;
import app.stepwise.e2e.pages.LearningPage;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagKind;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.StudioEditorPage;
import app.stepwise.e2e.pages.StudioPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.shared.Authority;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trainer writes a module in the studio from the template, fixes what the check reports, accepts a suggested
 * question and publishes; a learner on the role's path finds it there; then the trainer changes a step, reads whom
 * that reaches, publishes it as material and sees the edited step in the version diff.
 */
class TrainerStudioIT extends BrowserTest {
    @Autowired ContentImporter importer;
    @Autowired Curriculum curriculum;
    @Autowired CertificationService certifications;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired FeedbackService feedback;

    @Test
    void a_trainer_writes_checks_and_publishes_a_module_then_publishes_a_material_change_knowing_whom_it_reaches()
            throws Exception {
        var trainer = existingPerson("Sam Studio", Authority.TRAINER);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Count the stock " + suffix;
        String key = "count-the-stock-" + suffix;
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);

        var editor = StudioPage.open(driver, baseUrl()).newModule(title);
        assertThat(editor.source()).contains("id: " + key).contains("## Steps");
        assertThat(editor.problemSummary()).contains("No problems");
        screenshot("studio-editor-desktop");

        editor.replace("1. [ ] Confirm the result", "1. [x] Confirm the result");
        assertThat(editor.problemSummary()).contains("1 error");
        assertThat(editor.problems()).singleElement().asString().contains("Line 36").contains("Mark exactly one");
        assertThat(editor.waitForPublishEnabled(false).publishEnabled()).isFalse();
        assertThat(editor.showFirstProblem()).isEqualTo(36);
        screenshot("studio-validation-error-desktop");
        editor.replace("1. [x] Confirm the result", "1. [ ] Confirm the result").waitForPublishEnabled(true);

        editor.openTab("Suggestions");
        screenshot("studio-suggestions-desktop");
        editor.acceptAndEditSuggestion("ordering", "Put the steps of")
                .explanation("Prepare first, then count, then confirm.").save("Put the steps of");
        assertThat(editor.source()).contains("> Prepare first, then count, then confirm.");
        var first = editor.publish();
        assertThat(first.impact()).contains("First version");
        first.confirm(1);
        assertThat(asPerson(trainer, () -> curriculum.quiz(key).orElseThrow().questions().size())).isEqualTo(2);

        String role = key + "-role";
        importer.importFiles(java.util.List.of(SourceFile.ofText("roles/" + role + ".md", "---\nid: " + role
                + "\ntitle: Stock Keeper " + suffix + "\nrequired: [" + key + "]\n---\n# Stock Keeper\n")), "test", "test role");
        certify(enrolledLearner("Cleo Certified", role, 30), key, role);
        var reading = enrolledLearner("Reza Reading", role, 30);
        editor.signOut();
        LoginPage.open(driver, baseUrl()).signInAs(reading.getEmail(), PeopleFixture.PASSWORD);
        var path = LearningPage.open(driver, baseUrl());
        assertThat(path.moduleLine(key)).contains(title);
        var reader = path.continuePath(role);
        assertThat(reader.moduleTitle()).isEqualTo(title);
        screenshot("studio-published-module-in-learner-path-desktop");
        reader.signOut();
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);
        asPerson(reading, () -> courseService.tickStep(key, "step-prepare", true));
        asPerson(reading, () -> feedback.flag(key, "step-do-the-work", FlagKind.UNCLEAR, "Which tool do I count in?"));

        editor = StudioEditorPage.open(driver, baseUrl(), key);
        assertThat(editor.flagBadges()).containsExactly("step-do-the-work: 1 open flag");
        assertThat(editor.openTab("Feedback (1)").feedbackText()).contains("Which tool do I count in?")
                .contains("Reza Reading");
        screenshot("studio-feedback-desktop");
        editor.openTab("Preview");
        editor.replace("What to have ready before you start", "What to have ready and counted before you start");
        assertThat(editor.status()).contains("Draft saved").contains("Sam Studio");
        var material = editor.publish();
        assertThat(material.summary()).contains("1 step edited");
        assertThat(material.impact()).isEqualTo("Material: 1 person certified in Stock Keeper " + suffix
                + " gets a refresher; 1 person in progress gets the new version.");
        material.changeClass("Minor");
        assertThat(material.impact()).startsWith("Minor: nobody needs a refresher");
        material.changeClass("Material").note("Count before you start.");
        screenshot("studio-publish-impact-desktop");
        material.confirm(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from refresher where module_key = ? and to_version = 2", Long.class, key) == 1);
        var history = StudioEditorPage.open(driver, baseUrl(), key).openHistory();
        assertThat(history.versions()).contains("by Sam Studio").doesNotContain(trainer.getEmail());
        String diff = history.compare();
        assertThat(diff).contains("From v1 to v2").contains("edited").contains("What to have ready and counted before you start");
        screenshot("studio-version-diff-desktop");

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        editor = StudioEditorPage.open(driver, baseUrl(), key);
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        screenshot("studio-editor-phone");
        var minor = editor.replace("and whom you tell", "and whom you tell at once").publish();
        assertThat(minor.impact()).contains("0 people in progress");
        screenshot("studio-publish-phone");
        minor.cancel();
        StudioPage.open(driver, baseUrl());
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        screenshot("studio-list-phone");
    }

    @Test
    void learners_do_not_see_the_studio() {
        var learner = existingPerson("Lou Learner", Authority.LEARNER);
        var home = LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        assertThat(home.navigation()).doesNotContain("Studio");
        driver.get(baseUrl() + "/studio/crm-basics");
        assertThat(new HomePage.NotAvailable(driver).shown()).isTrue();
    }

    private void certify(PersonEntity learner, String moduleKey, String role) {
        new CertificationFixture(jdbc, transactions, events, curriculum).complete(learner, moduleKey);
        PeopleFixture.signInAs(learner);
        try {
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> certifications.mine().stream()
                    .anyMatch(c -> c.roleId().equals(role) && c.status() == CertificationStatus.VALID));
        } finally {
            PeopleFixture.signOut();
        }
    }

    private long sidewaysOverflow() throws InterruptedException {
        Thread.sleep(300); // let the layout settle before measuring
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    }
}
