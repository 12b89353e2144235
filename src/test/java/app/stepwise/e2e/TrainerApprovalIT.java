package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.NotificationBell;
import app.stepwise.e2e.pages.StudioEditorPage;
import app.stepwise.e2e.pages.StudioPage;
import app.stepwise.e2e.pages.VersionHistoryPage;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.shared.Authority;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An author asks another trainer first; the second trainer hears of it behind the bell, reviews the impact and
 * publishes; the author hears that it is published.
 */
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
        var studio = StudioPage.open(driver, baseUrl());
        assertThat(studio.draftsText("asked by Ava Author"))
                .contains(title, "Awaiting approval", "asked by Ava Author");
        screenshot("studio-drafts-awaiting-approval-desktop");

        studio.signOut();
        awaitNotice(reviewer, "studio/" + key);
        LoginPage.open(driver, baseUrl()).signInAs(reviewer.getEmail(), PeopleFixture.PASSWORD);
        var bell = new NotificationBell(driver);
        assertThat(bell.unreadCount(1)).isEqualTo(1);
        assertThat(bell.open().unreadTitles("Review requested: " + title)).containsExactly("Review requested: " + title);
        bell.openNotification("Review requested: " + title);
        var review = new StudioEditorPage(driver).reviewApproval();
        assertThat(review.impact()).contains("First version");
        screenshot("studio-approval-review-desktop");
        var published = review.confirm(1);
        assertThat(published.approvalText()).isEmpty();

        published.signOut();
        awaitNotice(author, "content/library?history=" + key);
        LoginPage.open(driver, baseUrl()).signInAs(author.getEmail(), PeopleFixture.PASSWORD);
        bell = new NotificationBell(driver);
        assertThat(bell.open().unreadTitles("Published: " + title)).containsExactly("Published: " + title);
        bell.openNotification("Published: " + title);
        new VersionHistoryPage(driver);
    }

    /** The notice is stored after the commit, by a listener on another thread. */
    private void awaitNotice(PersonEntity recipient, String link) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from notification"
                + " where person_id = ? and link = ?", Long.class, recipient.getId(), link) == 1);
    }
}
