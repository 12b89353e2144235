package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.notifications.Notification;
import app.stepwise.notifications.NotificationService;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.PersonNotice;
import app.stepwise.testing.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Asking for approval tells the other trainers behind the bell; publishing the change tells the one who asked. */
@IntegrationTest
@RecordApplicationEvents
class StudioApprovalNoticesIntegrationTest {
    @Autowired StudioDrafts drafts;
    @Autowired StudioPublishing publishing;
    @Autowired NotificationService notifications;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired ApplicationEvents events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    PersonEntity author;
    PersonEntity rex;
    PersonEntity tess;
    PersonEntity learner;
    PersonEntity admin;
    String key;
    String title;

    @BeforeEach
    void setUp() {
        var fixture = new PeopleFixture(people, passwordEncoder);
        author = fixture.person("Ava Author", Authority.TRAINER);
        rex = fixture.person("Rex Reviewer", Authority.TRAINER);
        tess = fixture.person("Tess Trainer", Authority.TRAINER, Authority.MANAGER);
        learner = fixture.person("Lee Learner", Authority.LEARNER);
        admin = fixture.person("Ada Admin", Authority.ADMIN);
        key = "notice-" + UUID.randomUUID().toString().substring(0, 8);
        title = "Close the till " + key;
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_request_tells_each_other_trainer_once_and_the_publish_tells_the_requester() {
        PeopleFixture.signInAs(author);
        var draft = drafts.create(key, title);
        var asked = publishing.requestApproval(key, 0, draft.version(), draft.source(), "Please check the till steps.", null);
        assertThat(drafts.drafts(0, (int) drafts.countDrafts())).filteredOn(d -> d.moduleKey().equals(key)).singleElement()
                .satisfies(listed -> assertThat(listed.approvalRequestedBy()).isEqualTo("Ava Author"));

        for (var reviewer : List.of(rex, tess)) {
            assertThat(awaitNotices(reviewer, "Review requested: " + title, 1)).singleElement().satisfies(notice -> {
                assertThat(notice.detail()).isEqualTo("Ava Author asks you to review and publish it. Note: Please check the till steps.");
                assertThat(notice.link()).isEqualTo("studio/" + key);
            });
        }
        awaitDelivered();
        for (var untold : List.of(author, learner, admin)) {
            assertThat(noticesAbout(untold)).as(untold.getFullName()).isEmpty();
        }

        // the registry may deliver a publication again (after a crash, on resubmission): nobody is told twice
        var published = events.stream(PersonNotice.class).filter(n -> n.link().equals("studio/" + key)).toList();
        assertThat(published).extracting(PersonNotice::recipient).contains(id(rex), id(tess))
                .doesNotContain(id(author), id(learner), id(admin));
        var again = published.stream().filter(n -> n.recipient().equals(id(rex)) || n.recipient().equals(id(tess))).toList();
        transactions.executeWithoutResult(status -> again.forEach(publisher::publishEvent));
        awaitDelivered();
        assertThat(noticesAbout(rex)).hasSize(1);
        assertThat(noticesAbout(tess)).hasSize(1);

        // a request again after a change is news again
        PeopleFixture.signInAs(author);
        var changed = drafts.save(key, 0, asked.version(), asked.source().replace("and where to find it", "and where it is kept"));
        var askedAgain = publishing.requestApproval(key, 0, changed.version(), changed.source(), "Now with where it is kept.", null);
        assertThat(awaitNotices(rex, "Review requested: " + title, 2).getFirst().detail()).endsWith("Note: Now with where it is kept.");

        PeopleFixture.signInAs(rex);
        assertThat(publishing.approve(key, askedAgain.version()).version()).isEqualTo(1);
        assertThat(drafts.drafts(0, (int) drafts.countDrafts())).noneMatch(d -> d.moduleKey().equals(key));
        assertThat(awaitNotices(author, "Published: " + title, 1)).singleElement().satisfies(notice -> {
            assertThat(notice.detail()).isEqualTo("Rex Reviewer approved your change; it is version 1.");
            assertThat(notice.link()).isEqualTo("content/library?history=" + key);
        });
        awaitDelivered();
        assertThat(noticesAbout(tess)).extracting(Notification::title).containsOnly("Review requested: " + title);
    }

    /** The recipient's notices with this title, once there are as many as expected (the listener runs after commit). */
    private List<Notification> awaitNotices(PersonEntity recipient, String noticeTitle, int expected) {
        PeopleFixture.signInAs(recipient);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> titled(noticeTitle).size() >= expected);
        var notices = titled(noticeTitle);
        assertThat(notices).as(recipient.getFullName()).hasSize(expected);
        return notices;
    }

    private List<Notification> noticesAbout(PersonEntity recipient) {
        PeopleFixture.signInAs(recipient);
        return notifications.list(0, NotificationService.MAX_LIMIT).stream().filter(n -> n.title().endsWith(title)).toList();
    }

    private List<Notification> titled(String noticeTitle) {
        return notifications.list(0, NotificationService.MAX_LIMIT).stream().filter(n -> n.title().equals(noticeTitle)).toList();
    }

    /** Every publication about this test's module is handled (other tests' publications are theirs to wait for). */
    private void awaitDelivered() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from EVENT_PUBLICATION"
                + " where completion_date is null and serialized_event like ?", Long.class, "%" + key + "%") == 0);
    }

    private static PersonId id(PersonEntity person) {
        return new PersonId(person.getId());
    }
}
