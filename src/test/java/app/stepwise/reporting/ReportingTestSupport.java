package app.stepwise.reporting;

import app.stepwise.content.Curriculum;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.CourseService;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.quiz.QuizService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** What the reporting integration tests share: the beans a {@link ReportingScenario} drives, and signing out after each test. */
abstract class ReportingTestSupport {
    @Autowired ContentImporter importer;
    @Autowired CourseService course;
    @Autowired QuizService quizzes;
    @Autowired Curriculum curriculum;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    ReportingScenario scenario() {
        return new ReportingScenario(importer, course, quizzes, curriculum, people, encoder, jdbc, transactions, events);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }
}
