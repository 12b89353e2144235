package app.stepwise.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import app.stepwise.testing.IntegrationTest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person who used every attempt on their way to a pass can still renew an expired certification: a pass starts a fresh count. */
@IntegrationTest
class CertificationRenewalRetakeIntegrationTest {
    @Autowired CertificationService certifications;
    @Autowired CertificationSchedule schedule;
    @Autowired CourseService course;
    @Autowired QuizService quizzes;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void the_attempt_limit_counts_from_the_latest_pass_so_a_renewal_can_be_taken() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String moduleId = "renew-" + key;
        String roleId = "renew-role-" + key;
        importer.importFiles(List.of(SourceFile.ofText("renewal/" + moduleId + ".md", """
                ---
                id: %s
                title: Renewal module %s
                max-attempts: 2
                ---
                ## Steps
                1. **Do it.** Carefully.

                ## Quiz
                ### Is it done?
                1. [x] Yes
                1. [ ] No
                Step: 1
                """.formatted(moduleId, key)), SourceFile.ofText("roles/" + roleId + ".md", """
                ---
                id: %s
                title: Renewal role %s
                certification-validity: 12 months
                required: [%s]
                ---
                # Renewal role
                One module with a limited quiz.
                """.formatted(roleId, key, moduleId))), "test", key);
        var fixture = new PeopleFixture(people, passwordEncoder);
        var manager = fixture.person("Mona Renewmanager", Authority.MANAGER);
        PersonEntity learner = fixture.person("Rene Renewer", Authority.LEARNER);
        learner.reportTo(manager);
        learner = people.saveAndFlush(learner);
        PeopleFixture.signInAs(manager);
        course.enrol(new PersonId(learner.getId()), roleId, EnrolmentPurpose.ONBOARDING, null);

        PeopleFixture.signInAs(learner);
        course.markRead(moduleId);
        take(moduleId, false);
        take(moduleId, true); // the second and last of two attempts
        var certification = awaitStatus(learner, roleId, CertificationStatus.VALID);

        schedule.check(certification.validUntil().plus(1, ChronoUnit.DAYS));
        PeopleFixture.signInAs(learner);
        assertThat(certifications.myRenewals()).extracting(RenewalStep::moduleId).containsExactly(moduleId);
        var renewal = quizzes.overview(moduleId).orElseThrow();
        assertThat(renewal.retakeReason()).hasValueSatisfying(reason -> assertThat(reason).contains("Renewal role " + key));
        assertThat(renewal.canStart()).isTrue();
        assertThat(renewal.attemptsLeft()).as("counted since the pass").hasValue(2);

        take(moduleId, false);
        assertThat(quizzes.overview(moduleId).orElseThrow().attemptsLeft()).hasValue(1);
        take(moduleId, true);
        awaitStatus(learner, roleId, CertificationStatus.VALID);
        PeopleFixture.signInAs(learner);
        var after = quizzes.overview(moduleId).orElseThrow();
        assertThat(after.passed()).isTrue();
        assertThat(after.canStart()).as("renewed: no further attempt asked for").isFalse();
    }

    private void take(String moduleId, boolean right) {
        var sheet = quizzes.start(moduleId);
        var quiz = curriculum.quiz(moduleId).orElseThrow();
        sheet.questions().forEach(item -> quizzes.saveAnswer(sheet.attemptId(), item.key(),
                QuizAnswers.answer(quiz.question(item.key()).orElseThrow(), item, right)));
        assertThat(quizzes.submit(sheet.attemptId()).passed()).isEqualTo(right);
    }

    private Certification awaitStatus(PersonEntity learner, String roleId, CertificationStatus status) {
        PeopleFixture.signInAs(learner);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> certifications.mine().stream()
                .anyMatch(c -> c.roleId().equals(roleId) && c.status() == status && certifications.myRenewals().isEmpty()));
        return certifications.mine().stream().filter(c -> c.roleId().equals(roleId)).findFirst().orElseThrow();
    }
}
