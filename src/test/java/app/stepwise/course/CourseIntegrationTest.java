package app.stepwise.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class CourseIntegrationTest {
    @Autowired CourseService course;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    PeopleFixture fixture;
    PersonEntity manager;
    PersonEntity learner;

    @BeforeEach
    void setUp() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        fixture = new PeopleFixture(people, passwordEncoder);
        manager = fixture.person("Maya Manager", Authority.MANAGER);
        learner = fixture.person("Leo Learner", Authority.LEARNER);
        learner.reportTo(manager);
        people.saveAndFlush(learner);
        PeopleFixture.signInAs(manager);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    private PersonId id(PersonEntity person) {
        return new PersonId(person.getId());
    }

    @Test
    void a_manager_enrols_their_report_once_with_a_due_date_and_nobody_else() {
        var enrolment = course.enrol(id(learner), "support-rep", EnrolmentPurpose.ONBOARDING, LocalDate.now().plusDays(30));
        assertThat(enrolment.roleTitle()).isEqualTo("Support Representative");
        assertThat(course.enrolments(id(learner))).extracting(Enrolment::roleId).containsExactly("support-rep");

        assertThatThrownBy(() -> course.enrol(id(learner), "support-rep", EnrolmentPurpose.ONBOARDING, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already enrolled");
        assertThatThrownBy(() -> course.enrol(id(learner), "no-such-role", EnrolmentPurpose.ONBOARDING, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> course.enrol(id(learner), "tech-support", EnrolmentPurpose.PROMOTION, LocalDate.now().minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("past");
        var stranger = fixture.person("Sid Stranger", Authority.LEARNER);
        assertThatThrownBy(() -> course.enrol(id(stranger), "support-rep", EnrolmentPurpose.ONBOARDING, null))
                .isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(learner);
        assertThatThrownBy(() -> course.enrol(id(learner), "tech-support", EnrolmentPurpose.PROMOTION, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_learners_path_lists_the_roles_modules_in_order_and_follows_their_reading() {
        course.enrol(id(learner), "support-rep", EnrolmentPurpose.ONBOARDING, null);
        PeopleFixture.signInAs(learner);

        var path = course.myPaths().getFirst();
        assertThat(path.modules()).extracting(PathModule::moduleId)
                .startsWith("crm-basics", "support-ticket-triage", "customer-complaints", "time-off-requests");
        assertThat(path.modules()).allSatisfy(m -> assertThat(m.status()).isEqualTo(ModuleStatus.NOT_STARTED));
        assertThat(path.nextModuleId()).isEqualTo("crm-basics");
        assertThat(path.percentDone()).isZero();

        String firstStep = curriculum.reading("crm-basics").orElseThrow().steps().getFirst().anchor();
        course.tickStep("crm-basics", firstStep, true);
        assertThat(status(course.myPaths().getFirst(), "crm-basics")).isEqualTo(ModuleStatus.READING);
        assertThat(course.myProgress("crm-basics").stepsTicked()).containsExactly(firstStep);

        course.markRead("crm-basics");
        var after = course.myPaths().getFirst();
        assertThat(status(after, "crm-basics")).isEqualTo(ModuleStatus.READ);
        assertThat(after.percentDone()).isEqualTo(25);
        assertThat(after.nextModuleId()).isEqualTo("support-ticket-triage");
    }

    @Test
    void progress_belongs_to_a_version_so_a_new_version_is_read_afresh() {
        course.enrol(id(learner), "support-rep", EnrolmentPurpose.ONBOARDING, null);
        PeopleFixture.signInAs(learner);
        course.markRead("time-off-requests");
        assertThat(status(course.myPaths().getFirst(), "time-off-requests")).isEqualTo(ModuleStatus.READ);

        var original = ContentFolder.read(Path.of("content")).stream()
                .filter(f -> f.path().equals("company/time-off-requests.md")).findFirst().orElseThrow();
        String text = new String(original.bytes(), StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(?m)^1\\. \\*\\*", "1. **Now: ");
        try {
            importer.importFiles(List.of(SourceFile.ofText(original.path(), changed)), "test", "test");
            assertThat(status(course.myPaths().getFirst(), "time-off-requests")).isEqualTo(ModuleStatus.NOT_STARTED);
        } finally {
            importer.importFiles(List.of(original), "test", "restore");
        }
    }

    @Test
    void the_reader_gets_sanitised_reading_without_the_quiz_answers() {
        PeopleFixture.signInAs(learner);
        var reading = curriculum.reading("support-ticket-triage").orElseThrow();
        assertThat(reading.steps()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(reading.questions()).isGreaterThanOrEqualTo(5);
        String all = String.join("\n", reading.sections().stream().map(s -> s.heading() + s.html()).toList());
        assertThat(all).doesNotContain("[x]").doesNotContainIgnoringCase("<h2>Quiz").doesNotContain("<script");
        assertThat(reading.steps()).allSatisfy(step -> assertThat(step.anchor()).isNotBlank());
    }

    private static ModuleStatus status(RolePath path, String moduleId) {
        return path.modules().stream().filter(m -> m.moduleId().equals(moduleId)).findFirst().orElseThrow().status();
    }
}
