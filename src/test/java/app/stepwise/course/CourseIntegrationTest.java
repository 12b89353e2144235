package app.stepwise.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.ModulePractice;
import app.stepwise.practice.EvidenceInput;
import app.stepwise.practice.PracticeService;
import app.stepwise.quiz.QuizAnswers;
import app.stepwise.quiz.QuizService;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
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
    @Autowired QuizService quizzes;
    @Autowired PracticeService practice;
    @Autowired JdbcTemplate jdbc;
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
        assertThat(path.next()).isEqualTo(new NextStep("crm-basics", "CRM basics", "module/crm-basics", "Start reading"));
        assertThat(path.percentDone()).isZero();

        String firstStep = curriculum.reading("crm-basics").orElseThrow().steps().getFirst().anchor();
        course.tickStep("crm-basics", firstStep, true);
        assertThat(status(course.myPaths().getFirst(), "crm-basics")).isEqualTo(ModuleStatus.READING);
        assertThat(course.myProgress("crm-basics").stepsTicked()).containsExactly(firstStep);

        course.markRead("crm-basics");
        var after = course.myPaths().getFirst();
        assertThat(status(after, "crm-basics")).isEqualTo(ModuleStatus.READ);
        assertThat(after.percentDone()).as("read is not done: the quiz and practice follow").isZero();
        assertThat(after.next().route()).isEqualTo("quiz/crm-basics");
        assertThat(after.next().label()).isEqualTo("Take the quiz");
    }

    @Test
    void a_module_is_done_once_read_quiz_passed_and_practice_approved_and_completion_records_the_version() {
        course.enrol(id(learner), "support-rep", EnrolmentPurpose.ONBOARDING, null);
        var trainer = fixture.person("Tia Trainer", Authority.TRAINER);
        PeopleFixture.signInAs(learner);
        course.markRead("crm-basics");
        passQuiz("crm-basics");
        assertThat(status(course.myPaths().getFirst(), "crm-basics")).isEqualTo(ModuleStatus.QUIZ_PASSED);
        assertThat(course.myPaths().getFirst().next().route()).isEqualTo("practice/crm-basics");

        var tasks = curriculum.practice("crm-basics").orElseThrow().tasks();
        var submissions = tasks.stream().map(task -> practice.submit("crm-basics", task.number(), evidenceFor(task))).toList();
        assertThat(status(course.myPaths().getFirst(), "crm-basics")).isEqualTo(ModuleStatus.PRACTICE_IN_REVIEW);
        assertThat(course.myPaths().getFirst().next().moduleId()).as("waiting for review: on to the next module")
                .isEqualTo("support-ticket-triage");

        PeopleFixture.signInAs(trainer);
        practice.reject(submissions.getFirst().id(), "Name the duplicate pair, please.");
        PeopleFixture.signInAs(learner);
        assertThat(status(course.myPaths().getFirst(), "crm-basics")).isEqualTo(ModuleStatus.PRACTICE_REJECTED);
        var again = practice.submit("crm-basics", tasks.getFirst().number(), evidenceFor(tasks.getFirst()));

        PeopleFixture.signInAs(trainer);
        practice.approve(again.id(), "Good.");
        submissions.stream().skip(1).forEach(s -> practice.approve(s.id(), "Good."));
        PeopleFixture.signInAs(learner);
        int version = curriculum.module("crm-basics").orElseThrow().currentVersion();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from module_progress where person_id = ? and module_key = 'crm-basics'"
                        + " and completed_at is not null and module_version = ?", Long.class, learner.getId(), version))
                .isEqualTo(1));
        var path = course.myPaths().getFirst();
        assertThat(status(path, "crm-basics")).isEqualTo(ModuleStatus.DONE);
        assertThat(path.percentDone()).isEqualTo(25);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where listener_id like '%CompletionRecorder%'"
                        + " and completion_date is null", Long.class)).as("every outcome handled, none failed").isZero());
    }

    @Test
    void prerequisites_say_whether_they_are_done() {
        PeopleFixture.signInAs(learner);
        assertThat(course.myPrerequisites(curriculum.reading("support-ticket-triage").orElseThrow().prerequisites()))
                .containsExactly(new Prerequisite("crm-basics", "CRM basics", false));
    }

    private void passQuiz(String moduleId) {
        var sheet = quizzes.start(moduleId);
        var quiz = curriculum.quiz(moduleId).orElseThrow();
        sheet.questions().forEach(item -> quizzes.saveAnswer(sheet.attemptId(), item.key(),
                QuizAnswers.answer(quiz.question(item.key()).orElseThrow(), item, true)));
        assertThat(quizzes.submit(sheet.attemptId()).passed()).isTrue();
    }

    private static EvidenceInput evidenceFor(ModulePractice.Task task) {
        return switch (task.evidence()) {
            case TEXT -> EvidenceInput.text("Done: " + task.title());
            case LINK -> EvidenceInput.link("https://crm.example.com/records/42");
            case FILE -> EvidenceInput.file("notes.txt", "Practice notes".getBytes(StandardCharsets.UTF_8));
        };
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
