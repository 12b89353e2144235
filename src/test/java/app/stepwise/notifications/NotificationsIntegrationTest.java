package app.stepwise.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.notifications.internal.NotificationEntity;
import app.stepwise.notifications.internal.NotificationRepository;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationsIntegrationTest {
    @Autowired NotificationService notifications;
    @Autowired NotificationRepository repository;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    PeopleFixture fixture;
    PersonEntity learner;
    PersonEntity stranger;

    @BeforeEach
    void setUp() {
        fixture = new PeopleFixture(people, passwordEncoder);
        learner = fixture.person("Lena Learner", Authority.LEARNER);
        stranger = fixture.person("Sam Stranger", Authority.LEARNER);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_notice_published_in_a_committed_transaction_is_stored_for_its_recipient_only() {
        publish(learner, "Your practice submission was approved", "Nice work on the refund case.", "learning");

        PeopleFixture.signInAs(learner);
        awaitUnread(1);
        assertThat(notifications.recent(10)).singleElement().satisfies(notification -> {
            assertThat(notification.title()).isEqualTo("Your practice submission was approved");
            assertThat(notification.detail()).isEqualTo("Nice work on the refund case.");
            assertThat(notification.link()).isEqualTo("learning");
            assertThat(notification.read()).isFalse();
        });
        PeopleFixture.signInAs(stranger);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).isEmpty();
    }

    @Test
    void a_notice_from_a_rolled_back_transaction_is_never_stored() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PersonNotice(id(learner), "Rolled back", "", ""));
            status.setRollbackOnly();
        });
        publish(learner, "Committed", "", "");

        PeopleFixture.signInAs(learner);
        awaitUnread(1);
        assertThat(notifications.recent(10)).extracting(Notification::title).containsExactly("Committed");
    }

    @Test
    void over_long_text_is_cut_to_fit_and_an_outside_link_is_dropped() {
        // Small enough for the event publication table (its serialized event holds 4000 characters).
        String title = "🔔".repeat(150) + " and more";
        publish(learner, title, "x".repeat(2500), "https://evil.example/phish");

        PeopleFixture.signInAs(learner);
        awaitUnread(1);
        var stored = notifications.recent(1).getFirst();
        assertThat(stored.title()).hasSizeLessThanOrEqualTo(200).startsWith("🔔🔔").endsWith("…");
        assertThat(Character.isHighSurrogate(stored.title().charAt(stored.title().length() - 2))).isFalse();
        assertThat(stored.detail()).hasSizeLessThanOrEqualTo(2000).endsWith("…");
        assertThat(stored.link()).isEmpty();
        assertThat(stored.hasLink()).isFalse();
    }

    @Test
    void marking_one_read_lowers_the_unread_count_and_marking_all_read_clears_it() {
        var base = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 1; i <= 3; i++) {
            store(learner, "Notice " + i, base.plusSeconds(i));
        }
        PeopleFixture.signInAs(learner);
        assertThat(notifications.unreadCount()).isEqualTo(3);

        var first = notifications.recent(10).getLast();
        var marked = notifications.markRead(first.id());
        assertThat(marked.read()).isTrue();
        assertThat(notifications.unreadCount()).isEqualTo(2);
        notifications.markRead(first.id()); // reading again changes nothing
        assertThat(notifications.unreadCount()).isEqualTo(2);

        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).allMatch(Notification::read);
        assertThat(notifications.count()).isEqualTo(3);
    }

    @Test
    void nobody_sees_or_marks_another_persons_notification_by_its_id() {
        long theirs = store(learner, "Only for Lena", Instant.now()).getId();
        store(stranger, "Sam's own", Instant.now());

        PeopleFixture.signInAs(stranger);
        assertThat(notifications.recent(50)).extracting(Notification::id).doesNotContain(theirs);
        assertThat(notifications.list(0, 50)).extracting(Notification::id).doesNotContain(theirs);
        assertThatThrownBy(() -> notifications.markRead(theirs)).isInstanceOf(InvalidInputException.class);
        assertThat(notifications.markAllRead()).isEqualTo(1);

        PeopleFixture.signInAs(learner);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(repository.findById(theirs).orElseThrow().getReadAt()).isNull();
    }

    @Test
    void recent_lists_the_newest_first_and_no_more_than_asked_and_the_list_pages_by_offset() {
        var base = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 1; i <= 12; i++) {
            store(learner, "Notice " + i, base.plusSeconds(i));
        }
        PeopleFixture.signInAs(learner);

        assertThat(notifications.recent(8)).extracting(Notification::title)
                .containsExactly("Notice 12", "Notice 11", "Notice 10", "Notice 9", "Notice 8", "Notice 7", "Notice 6", "Notice 5");
        assertThat(notifications.list(3, 4)).extracting(Notification::title)
                .containsExactly("Notice 9", "Notice 8", "Notice 7", "Notice 6");
        assertThat(notifications.list(10, 50)).extracting(Notification::title).containsExactly("Notice 2", "Notice 1");
        assertThat(notifications.count()).isEqualTo(12);
        assertThatThrownBy(() -> notifications.recent(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void publish(PersonEntity recipient, String title, String detail, String link) {
        transactions.executeWithoutResult(status -> events.publishEvent(new PersonNotice(id(recipient), title, detail, link)));
    }

    private NotificationEntity store(PersonEntity recipient, String title, Instant createdAt) {
        return repository.saveAndFlush(new NotificationEntity(recipient.getId(), title, "", "", createdAt));
    }

    /** The listener runs after commit on another thread: wait for it, with a deadline (polling here, signed in). */
    private void awaitUnread(long expected) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(25))
                .until(() -> notifications.unreadCount() == expected);
    }

    private static PersonId id(PersonEntity person) {
        return new PersonId(person.getId());
    }
}
