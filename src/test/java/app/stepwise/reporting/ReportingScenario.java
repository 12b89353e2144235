package app.stepwise.reporting;

import app.stepwise.certification.CertificationFixture;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.CourseService;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.quiz.QuizAnswers;
import app.stepwise.quiz.QuizService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds teams for reporting tests through the real services: a role of its own (so numbers are exact whatever
 * else the shared database holds), a manager, learners enrolled by them, reading, quizzes and completions.
 */
public final class ReportingScenario {
    public final String roleId = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
    public final String roleTitle = "Desk Helper " + roleId.substring(4);
    private final ContentImporter importer;
    private final CourseService course;
    private final QuizService quizzes;
    private final Curriculum curriculum;
    private final PersonRepository people;
    private final PeopleFixture fixture;
    private final CertificationFixture completions;
    private final JdbcTemplate jdbc;

    public ReportingScenario(ContentImporter importer, CourseService course, QuizService quizzes, Curriculum curriculum,
                             PersonRepository people, PasswordEncoder encoder, JdbcTemplate jdbc,
                             TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.importer = importer;
        this.course = course;
        this.quizzes = quizzes;
        this.curriculum = curriculum;
        this.people = people;
        this.jdbc = jdbc;
        this.fixture = new PeopleFixture(people, encoder);
        this.completions = new CertificationFixture(jdbc, transactions, events, curriculum);
    }

    /** The sample curriculum, and this scenario's role requiring the given modules. */
    public ReportingScenario withRole(String... requiredModules) {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        importer.importFiles(List.of(SourceFile.ofText("roles/" + roleId + ".md", """
                ---
                id: %s
                title: %s
                certification-validity: 12 months
                required: [%s]
                ---
                # %s
                A role of a reporting test.
                """.formatted(roleId, roleTitle, String.join(", ", requiredModules), roleTitle))), "test", "test role");
        return this;
    }

    public PersonEntity person(String name, Authority... authorities) {
        return fixture.person(name, authorities);
    }

    public PersonEntity reportingTo(PersonEntity manager, String name) {
        var person = fixture.person(name, Authority.LEARNER);
        person.reportTo(manager);
        return people.saveAndFlush(person);
    }

    public void enrol(PersonEntity manager, PersonEntity learner) {
        as(manager, () -> course.enrol(id(learner), roleId, EnrolmentPurpose.ONBOARDING, LocalDate.now().plusDays(30)));
    }

    /** Moves the due date, past dates included (enrolment itself refuses those). */
    public void due(PersonEntity learner, LocalDate date) {
        jdbc.update("update enrolment set due_date = ? where person_id = ? and role_key = ?", date, learner.getId(), roleId);
    }

    /** Completes every required module the quick way (progress row plus the event), which certifies. */
    public void completeAll(PersonEntity learner) {
        as(learner, () -> curriculum.role(roleId).orElseThrow().requiredModules()).forEach(m -> completions.complete(learner, m));
    }

    public void markRead(PersonEntity learner, String moduleId) {
        as(learner, () -> course.markRead(moduleId));
    }

    /** Takes the module's quiz as the learner, right or wrong; returns whether it passed. */
    public boolean takeQuiz(PersonEntity learner, String moduleId, boolean right) {
        return as(learner, () -> {
            var sheet = quizzes.start(moduleId);
            var quiz = curriculum.quiz(moduleId).orElseThrow();
            sheet.questions().forEach(item -> quizzes.saveAnswer(sheet.attemptId(), item.key(),
                    QuizAnswers.answer(quiz.question(item.key()).orElseThrow(), item, right)));
            return quizzes.submit(sheet.attemptId()).passed();
        });
    }

    public static PersonId id(PersonEntity person) {
        return new PersonId(person.getId());
    }

    public static <T> T as(PersonEntity person, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        PeopleFixture.signInAs(person);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
