package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.PracticePage;
import app.stepwise.e2e.pages.ReviewQueuePage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.practice.EvidenceInput;
import app.stepwise.practice.EvidenceSamples;
import app.stepwise.practice.PracticeContent;
import app.stepwise.practice.PracticeService;
import app.stepwise.shared.Authority;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner hands in practice evidence, a trainer reviews it from the queue, the learner sees the outcome. */
class TrainerReviewsPracticeIT extends BrowserTest {
    static final String TRIAGE = "support-ticket-triage";
    static final String TRIAGE_TITLE = "Support ticket triage and escalation";

    @Autowired ContentImporter importer;
    @Autowired PracticeService practiceService;

    PersonEntity learner;
    PersonEntity trainer;

    @BeforeEach
    void content() {
        PracticeContent.importInto(importer);
        learner = existingPerson("Lena Learner", Authority.LEARNER);
        trainer = existingPerson("Tom Trainer", Authority.TRAINER);
    }

    @Test
    void a_learner_hands_in_text_a_trainer_approves_it_from_the_queue_and_the_learner_sees_the_comment() throws Exception {
        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var practice = PracticePage.open(driver, baseUrl(), TRIAGE);
        assertThat(practice.moduleTitle()).isEqualTo(TRIAGE_TITLE);
        assertThat(practice.status(1)).isEqualTo("Not submitted");
        screenshot("desktop-practice");
        practice.submitText(1, "Ticket 101: billing question, normal priority, no escalation: answered from the KB.");
        assertThat(practice.status(1)).isEqualTo("In review");
        assertThat(practice.acceptsEvidence(1)).isFalse();
        screenshot("desktop-practice-in-review");
        practice.signOut();

        submitAs(existingPerson("Otto Other", Authority.LEARNER), "crm-basics", 1,
                EvidenceInput.text("Updated three customer records."));

        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);
        var queue = ReviewQueuePage.open(driver, baseUrl()).waitForRow("Lena Learner").waitForRow("Otto Other");
        queue.filterByModule(TRIAGE_TITLE).waitForNoRow("Otto Other"); // the grid refreshes after the filter closes
        assertThat(queue.rows()).contains("Lena Learner").contains("Triage five tickets").doesNotContain("Otto Other");
        screenshot("desktop-review-queue");
        queue.open("Lena Learner");
        assertThat(queue.evidenceText()).contains("Ticket 101");
        assertThat(queue.quizResult()).contains("No quiz submitted yet");
        screenshot("desktop-review-dialog");
        queue.approve("Clear reasoning; next time note the customer's plan.");
        assertThat(queue.rows()).doesNotContain("Lena Learner");
        queue.signOut();

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var after = PracticePage.open(driver, baseUrl(), TRIAGE);
        assertThat(after.status(1)).isEqualTo("Approved");
        assertThat(after.reviewNote(1)).contains("Approved by " + trainer.getFullName())
                .contains("Clear reasoning; next time note the customer's plan.");
        screenshot("desktop-practice-approved");
    }

    @Test
    void on_a_phone_a_learner_uploads_a_file_the_trainer_downloads_and_rejects_it_and_the_learner_may_try_again()
            throws Exception {
        driver.quit();
        driver = Browser.start(390, 844);
        Path scan = Files.createTempDirectory("stepwise-evidence-").resolve("delivery-note.pdf");
        Files.write(scan, EvidenceSamples.pdf());

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var practice = PracticePage.open(driver, baseUrl(), PracticeContent.FILE_MODULE);
        assertNoSidewaysScrolling("practice page");
        screenshot("phone-practice");
        practice.submitFile(1, scan);
        assertThat(practice.status(1)).isEqualTo("In review");
        screenshot("phone-practice-in-review");
        practice.signOut();

        submitAs(existingPerson("Pia Pending", Authority.LEARNER), PracticeContent.FILE_MODULE, 3,
                EvidenceInput.link("https://files.example.com/orders/4711"));
        LoginPage.open(driver, baseUrl()).signInAs(trainer.getEmail(), PeopleFixture.PASSWORD);
        var queue = ReviewQueuePage.open(driver, baseUrl()).waitForRow("Pia Pending")
                .filterByPerson(learner.getEmail()).waitForNoRow("Pia Pending");
        assertThat(queue.rows()).contains("Lena Learner").contains("Upload a scanned delivery note");
        assertNoSidewaysScrolling("review queue");
        screenshot("phone-review-queue");
        queue.open("Lena Learner");
        var file = queue.evidenceFileLink();
        assertThat(file.getText()).contains("delivery-note.pdf");
        assertThat(queue.fetch(file.getDomAttribute("href")))
                .startsWith("200 attachment; filename=\"delivery-note.pdf\"");
        screenshot("phone-review-dialog");
        queue.reject("The signature is not blacked out. Please scan it again.");
        queue.signOut();

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var after = PracticePage.open(driver, baseUrl(), PracticeContent.FILE_MODULE);
        assertThat(after.status(1)).isEqualTo("Rejected");
        assertThat(after.reviewNote(1)).contains("The signature is not blacked out.");
        assertThat(after.acceptsEvidence(1)).isTrue();
        screenshot("phone-practice-rejected");
        assertThat(after.openHistory(1)).contains("Attempt 1").contains("delivery-note.pdf").contains("Rejected");
        screenshot("phone-practice-history");
    }

    /** Someone else's submission, straight through the service, so the queue has more than one row. */
    private void submitAs(PersonEntity person, String moduleId, int task, EvidenceInput evidence) {
        PeopleFixture.signInAs(person);
        try {
            practiceService.submit(moduleId, task, evidence);
        } finally {
            PeopleFixture.signOut();
        }
    }
}
