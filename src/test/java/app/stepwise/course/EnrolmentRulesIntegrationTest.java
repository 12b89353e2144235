package app.stepwise.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.PersonCreated;
import app.stepwise.people.PersonSummary;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Relative due dates, bulk enrolment of a team or a job title, and enrolment by job title for new people. */
@IntegrationTest
class EnrolmentRulesIntegrationTest {
    @Autowired CourseService course;
    @Autowired BulkEnrolment bulk;
    @Autowired EnrolmentWriter writer;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    PeopleFixture fixture;
    PersonEntity manager;

    @BeforeEach
    void setUp() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        fixture = new PeopleFixture(people, passwordEncoder);
        manager = fixture.person("Mia Manager", Authority.MANAGER);
        PeopleFixture.signInAs(manager);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    PersonEntity report(String name, String jobTitle, LocalDate startDate) {
        var person = fixture.person(name, Authority.LEARNER);
        person.describe(person.getEmail(), name, jobTitle, startDate, Instant.now());
        person.reportTo(manager);
        return people.saveAndFlush(person);
    }

    static PersonId id(PersonEntity person) {
        return new PersonId(person.getId());
    }

    @Test
    void a_due_date_within_days_of_starting_counts_from_the_start_date_or_from_today_without_one() {
        var starter = report("Sal Starter", null, LocalDate.now().plusDays(7));
        var unknownStart = report("Uma Unknown", null, null);

        assertThat(course.enrolDue(id(starter), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.withinDaysOfStart(30)).dueDate())
                .isEqualTo(LocalDate.now().plusDays(37));
        assertThat(course.enrolDue(id(unknownStart), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.withinDaysOfStart(30)).dueDate())
                .isEqualTo(LocalDate.now().plusDays(30));
        assertThatThrownBy(() -> DueRule.withinDaysOfStart(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> course.enrolDue(id(starter), "tech-support", EnrolmentPurpose.ONBOARDING,
                DueRule.on(LocalDate.now().minusDays(1)))).hasMessageContaining("in the past")
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys("dueDate"));
    }

    @Test
    void a_due_date_more_than_5_years_ahead_is_refused_on_the_due_date_field_for_one_person_and_for_a_team() {
        var person = report("Fay Farahead", null, null);
        var latest = LocalDate.now().plusYears(5);

        assertThatThrownBy(() -> course.enrolDue(id(person), "support-rep", EnrolmentPurpose.ONBOARDING,
                DueRule.on(LocalDate.of(9999, 12, 31))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys("dueDate"))
                .hasMessageContaining("more than 5 years ahead").hasMessageContaining(latest.toString());
        assertThatThrownBy(() -> bulk.enrolTeam(id(manager), "support-rep", EnrolmentPurpose.ONBOARDING,
                DueRule.on(latest.plusDays(1)))).hasMessageContaining("more than 5 years ahead");
        assertThat(course.enrolledRoles(id(person))).isEmpty();

        assertThat(course.enrolDue(id(person), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.on(latest)).dueDate())
                .isEqualTo(latest);
    }

    @Test
    void a_manager_enrols_their_whole_team_once_and_a_repeat_only_reports_who_is_already_enrolled() {
        var ann = report("Ann Team", null, null);
        var bob = report("Bob Team", null, null);
        course.enrolDue(id(bob), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.none());

        var first = bulk.enrolTeam(id(manager), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.withinDaysOfStart(14));
        assertThat(first.enrolled()).containsExactly("Ann Team");
        assertThat(first.alreadyEnrolled()).containsExactly("Bob Team");
        assertThat(course.enrolledRoles(id(ann))).containsExactly("support-rep");

        var again = bulk.enrolTeam(id(manager), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.none());
        assertThat(again.enrolled()).isEmpty();
        assertThat(again.alreadyEnrolled()).containsExactlyInAnyOrder("Ann Team", "Bob Team");
    }

    @Test
    void only_admins_enrol_by_job_title_and_a_manager_cannot_enrol_another_managers_team() {
        String title = "Night Desk " + UUID.randomUUID().toString().substring(0, 6);
        var other = fixture.person("Otto Othermanager", Authority.MANAGER);
        var a = report("Jo Title", title, null);
        var b = report("Kim Title", title.toUpperCase(), null);
        report("Lu Different", "Something else", null);

        assertThatThrownBy(() -> bulk.enrolJobTitle(title, "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.enrolTeam(id(other), "support-rep", EnrolmentPurpose.ONBOARDING, DueRule.none()))
                .isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        var result = bulk.enrolJobTitle(" " + title.toLowerCase() + " ", "tech-support", EnrolmentPurpose.PROMOTION, DueRule.none());
        assertThat(result.enrolled()).containsExactlyInAnyOrder("Jo Title", "Kim Title");
        assertThat(course.enrolledRoles(id(a))).containsExactly("tech-support");
        assertThat(course.enrolledRoles(id(b))).containsExactly("tech-support");
    }

    @Test
    void a_new_person_whose_job_title_names_a_role_is_enrolled_in_it_when_the_setting_is_on() {
        var hire = report("Nia Newhire", "support representative", LocalDate.now().plusDays(3));
        var summary = new PersonSummary(id(hire), hire.getFullName(), hire.getEmail(), hire.getJobTitle(), id(manager),
                manager.getFullName(), hire.getStartDate(), true, Set.of(Authority.LEARNER), true);

        new AutoEnrolment(curriculum, writer, false, 30).on(new PersonCreated(summary));
        assertThat(course.enrolledRoles(id(hire))).isEmpty();

        new AutoEnrolment(curriculum, writer, true, 30).on(new PersonCreated(summary));
        new AutoEnrolment(curriculum, writer, true, 30).on(new PersonCreated(summary)); // delivered twice: still one
        var enrolment = course.enrolments(id(hire));
        assertThat(enrolment).singleElement().satisfies(e -> {
            assertThat(e.roleId()).isEqualTo("support-rep");
            assertThat(e.dueDate()).isEqualTo(LocalDate.now().plusDays(33));
            assertThat(e.assignedBy()).isEqualTo(AutoEnrolment.ASSIGNED_BY);
        });
    }
}
