package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.StudioEditorPage;
import app.stepwise.e2e.pages.StudioPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.shared.Authority;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An author asks another trainer first; the second trainer reviews the impact and publishes. */
class TrainerApprovalIT extends BrowserTest {

    @Test
    void a_second_trainer_reviews_and_publishes_what_the_author_asked_for() throws Exception {
        var author = existingPerson("Ava Author", Authority.TRAINER);
        var reviewer = existingPerson("Rex Reviewer", Authority.TRAINER);
        String title = "Close the till " + UUID.randomUUID().toString().substring(0, 6);
        LoginPage.open(driver, baseUrl()).signInAs(author.getEmail(), PeopleFixture.PASSWORD);
        var editor = StudioPage.open(driver, baseUrl()).newModule(title);
        String key = editor.source().lines().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow().substring(4);

        editor.publish().note("First version, please check.").askAnotherTrainer();
        assertThat(editor.approvalText()).contains("Ava Author asked at").contains("First version, please check.")
                .contains("Another trainer approves it.");
        screenshot("studio-approval-requested-desktop");

        editor.signOut();
        LoginPage.open(driver, baseUrl()).signInAs(reviewer.getEmail(), PeopleFixture.PASSWORD);
        var review = StudioEditorPage.open(driver, baseUrl(), key).reviewApproval();
        assertThat(review.impact()).contains("First version");
        screenshot("studio-approval-review-desktop");
        var published = review.confirm(1);
        assertThat(published.approvalText()).isEmpty();
    }
}
