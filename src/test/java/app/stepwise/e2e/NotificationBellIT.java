package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.e2e.pages.LearningPage;
import app.stepwise.e2e.pages.LoginPage;
import app.stepwise.e2e.pages.NotificationBell;
import app.stepwise.e2e.pages.NotificationBell.NotificationsPage;
import app.stepwise.notifications.internal.NotificationRepository;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationBellIT extends BrowserTest {
    static final String APPROVED = "Your practice submission was approved";
    static final String FIXED = "A step you flagged was fixed";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired NotificationRepository notifications;

    @Test
    void a_person_sees_two_unread_opens_one_to_its_page_and_marks_the_rest_read() throws Exception {
        var learner = existingPerson("Nora Notified", Authority.LEARNER);
        notify(learner, APPROVED, "Nice work on the refund case.", "learning");
        notify(learner, FIXED, "Step 3 of CRM basics now names the right field.", "notifications");

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var bell = new NotificationBell(driver);
        assertThat(bell.unreadCount(2)).isEqualTo(2);
        assertThat(bell.label()).isEqualTo("Notifications, 2 unread");

        bell.open();
        assertThat(bell.titles()).as("newest first").containsExactly(FIXED, APPROVED);
        assertThat(bell.unreadTitles(FIXED, APPROVED)).containsExactly(FIXED, APPROVED);
        screenshot("desktop-notification-bell");

        bell.openNotification(APPROVED);
        new LearningPage(driver);
        assertThat(driver.getCurrentUrl()).endsWith("/learning");
        assertThat(bell.unreadCount(1)).isEqualTo(1);
        assertThat(bell.label()).isEqualTo("Notifications, 1 unread");

        bell.open();
        assertThat(bell.unreadTitles(FIXED)).containsExactly(FIXED);
        bell.markAllRead();
        assertThat(bell.unreadCount(0)).isZero();
        assertThat(bell.label()).isEqualTo("Notifications, 0 unread");

        NotificationsPage page = bell.seeAll();
        assertThat(page.rows()).hasSize(2).allMatch(row -> row.contains("Read ·"));
        assertThat(page.summary()).isEqualTo("All 2 read");
        screenshot("desktop-notifications-page");
    }

    @Test
    void at_phone_width_the_popover_and_the_page_fit_the_screen() throws Exception {
        driver.quit();
        driver = Browser.start(390, 844);
        var learner = existingPerson("Pia Phone", Authority.LEARNER);
        notify(learner, APPROVED, "", "learning");
        notify(learner, "Your manager enrolled you in Support Representative, due in 30 days; the first module"
                + " is CRM basics", "Start with CRM basics. ".repeat(12).strip(), "learning");

        LoginPage.open(driver, baseUrl()).signInAs(learner.getEmail(), PeopleFixture.PASSWORD);
        var bell = new NotificationBell(driver).open();
        assertThat(bell.titles()).hasSize(2);
        assertThat(bell.popoverRightEdge()).isLessThanOrEqualTo(390);
        assertThat(bell.popoverScrollsSideways()).as("the popover's list fits its width").isFalse();
        screenshot("phone-notification-bell");

        var page = NotificationsPage.open(driver, baseUrl());
        assertThat(page.rows()).hasSize(2);
        assertThat(page.summary()).isEqualTo("2 unread of 2");
        long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("sideways overflow").isLessThanOrEqualTo(0);
        screenshot("phone-notifications-page");
    }

    /** Publishes as another module would (in a transaction), then waits until the listener stored it. */
    private void notify(PersonEntity person, String title, String detail, String link) {
        long before = notifications.countByPersonId(person.getId());
        transactions.executeWithoutResult(status ->
                events.publishEvent(new PersonNotice(new PersonId(person.getId()), title, detail, link)));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25))
                .until(() -> notifications.countByPersonId(person.getId()) == before + 1);
    }
}
