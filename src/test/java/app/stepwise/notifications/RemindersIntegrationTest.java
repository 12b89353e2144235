package app.stepwise.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.CourseService;
import app.stepwise.course.DueRule;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.course.EnrolmentReminders;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The daily reminders reach people once, in the app and by email through a real (in-process) SMTP server. */
@IntegrationTest
class RemindersIntegrationTest {
    /** On the port application-test.properties gives spring.mail.port (GreenMail's usual test port). */
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP);

    @BeforeAll
    static void startSmtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired EnrolmentReminders reminders;
    @Autowired CourseService course;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    PersonEntity learner;

    @BeforeEach
    void enrolALearnerDueInThreeDays() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        var fixture = new PeopleFixture(people, passwordEncoder);
        var manager = fixture.person("Rita Reminder", Authority.MANAGER);
        learner = fixture.person("Lars Late", Authority.LEARNER);
        learner.reportTo(manager);
        people.saveAndFlush(learner);
        PeopleFixture.signInAs(manager);
        course.enrolDue(new PersonId(learner.getId()), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.on(LocalDate.now().plusDays(3)));
        PeopleFixture.signOut();
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    int notices(String titleStart) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE person_id = ? AND title LIKE ?", Integer.class,
                learner.getId(), titleStart + "%");
    }

    MimeMessage[] mailTo(PersonEntity person) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(person.getEmail());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void a_path_due_soon_is_reminded_once_in_the_app_and_by_email_however_often_the_job_runs() throws Exception {
        reminders.remind(LocalDate.now());
        reminders.remind(LocalDate.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> notices("Due soon") == 1 && mailTo(learner).length == 1);
        reminders.remind(LocalDate.now());
        Thread.sleep(500); // give a wrongly repeated reminder the time to arrive
        assertThat(notices("Due soon")).isEqualTo(1);

        await("the duplicate reminders' publications complete too").atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL"
                        + " AND listener_id LIKE '%PersonNoticeRecorder%'", Integer.class) == 0);
        var mail = mailTo(learner);
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).isEqualTo("Due soon: your Support Representative path");
        assertThat(mail[0].getContent().toString()).contains("https://stepwise.example.com/learning");
    }

    @Test
    void an_overdue_path_gets_its_own_reminder_once() throws Exception {
        var inTenDays = LocalDate.now().plusDays(10);
        reminders.remind(inTenDays);
        reminders.remind(inTenDays);
        await().atMost(Duration.ofSeconds(20)).until(() -> notices("Overdue") == 1 && mailTo(learner).length == 1);
        assertThat(mailTo(learner)[0].getSubject()).startsWith("Overdue");
        assertThat(notices("Due soon")).isZero();
    }
}
