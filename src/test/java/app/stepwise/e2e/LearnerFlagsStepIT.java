package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.e2e.pages.AppShell;
import app.stepwise.e2e.pages.FeedbackPage;
import app.stepwise.e2e.pages.FlagDialogPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.ReaderPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.shared.Authority;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner flags step 4 of support-ticket-triage as unclear; its owner (anyone named Dana Whitfield, by the
 * owner rule) marks it fixed from the improvement queue; the learner reads the reply. At desktop and phone
 * width, with screenshots of each screen.
 */
class LearnerFlagsStepIT extends BrowserTest {
    static final String MODULE = "support-ticket-triage";

    @Autowired ContentImporter importer;
    @Autowired Curriculum curriculum;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1366, 900", "phone, 390, 844"})
    void a_learner_flags_a_step_its_owner_marks_it_fixed_and_the_learner_reads_the_reply(String device, int width,
                                                                                         int height) throws Exception {
        driver.quit();
        driver = Browser.start(width, height);
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        var learner = existingPerson("Lina Learner", Authority.LEARNER);
        var owner = existingPerson("Dana Whitfield", Authority.LEARNER);
        String step4 = stepAnchor(learner, 4);
        String comment = "On " + device + ": does the 10 minutes start when I open the ticket?";
        String note = "Step 4 now says: from when you open the ticket.";

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        driver.get(baseUrl() + "/module/" + MODULE);
        var reader = new ReaderPage(driver);
        var dialog = FlagDialogPage.openOnStep(reader, driver, step4);
        assertThat(dialog.sendExpectingError("flag-comment")).contains("Say what is unclear");
        dialog.kind("Unclear").comment(comment);
        screenshot(device + "-flag-dialog");
        assertThat(dialog.send(reader)).isEqualTo("Flagged: open");
        assertNoSidewaysScrolling("module reader");
        screenshot(device + "-reader-step-flagged");
        new AppShell(driver).signOut();

        new LoginPage(driver).signInAs(owner.getEmail(), PeopleFixture.PASSWORD);
        var feedback = FeedbackPage.open(driver, baseUrl());
        assertThat(feedback.offersImprovementQueue()).isTrue();
        assertThat(feedback.queueShownFirst()).as("an owner with no flags of their own lands on the queue").isTrue();
        feedback.improvementQueue();
        assertThat(feedback.queueRow(comment)).contains("Support ticket triage and escalation", "Step 4", "Unclear", "Open");
        assertThat(feedback.queueSummary()).contains("Support ticket triage and escalation");
        assertNoSidewaysScrolling("improvement queue");
        screenshot(device + "-improvement-queue");
        feedback.openFlag(comment);
        screenshot(device + "-handle-flag-dialog");
        assertThat(feedback.markFixed(note).queueLacks(comment)).as("the default filter shows open and accepted").isTrue();
        feedback.signOut();

        new LoginPage(driver).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var mine = FeedbackPage.open(driver, baseUrl());
        assertThat(mine.offersImprovementQueue()).isFalse();
        assertThat(mine.myFlag(comment)).contains("Support ticket triage and escalation · step 4", "Fixed", note);
        assertNoSidewaysScrolling("my flags");
        screenshot(device + "-my-flags");
    }

    private String stepAnchor(PersonEntity reader, int number) {
        PeopleFixture.signInAs(reader);
        try {
            return curriculum.reading(MODULE).orElseThrow().steps().get(number - 1).anchor();
        } finally {
            PeopleFixture.signOut();
        }
    }
}
