package app.stepwise.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.content.ContentFolder;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModulePractice;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.CourseService;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.practice.EvidenceInput;
import app.stepwise.practice.PracticeService;
import app.stepwise.practice.SubmissionStatus;
import app.stepwise.quiz.QuizAnswers;
import app.stepwise.quiz.QuizService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CertificationIntegrationTest {
    static final String TWO_MODULE_ROLE = """
            ---
            id: cert-it-crm
            title: IT and CRM Helper
            certification-validity: 12 months
            grace-period: 30 days
            required: [crm-basics, it-requests]
            ---
            # IT and CRM Helper
            Knows the CRM and IT requests.
            """;

    @Autowired CertificationService certifications;
    @Autowired CertificationSchedule schedule;
    @Autowired CourseService course;
    @Autowired QuizService quizzes;
    @Autowired PracticeService practice;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired AuditLog auditLog;

    PeopleFixture fixture;
    CertificationFixture completions;
    PersonEntity manager;
    PersonEntity trainer;
    PersonEntity learner;

    @BeforeEach
    void setUp() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        CertificationFixture.importRoles(importer, CertificationFixture.ONE_MODULE_ROLE,
                SourceFile.ofText("roles/cert-it-crm.md", TWO_MODULE_ROLE));
        completions = new CertificationFixture(jdbc, transactions, events, curriculum);
        fixture = new PeopleFixture(people, passwordEncoder);
        manager = fixture.person("Maya Manager", Authority.MANAGER);
        trainer = fixture.person("Tia Trainer", Authority.TRAINER);
        learner = newLearner("Leo Learner");
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_learner_is_certified_when_the_last_required_module_is_completed_through_quiz_and_practice() {
        enrol(learner, "cert-time-off");
        PeopleFixture.signInAs(learner);
        course.markRead("time-off-requests");
        passQuiz("time-off-requests");
        var submissions = curriculum.practice("time-off-requests").orElseThrow().tasks().stream()
                .map(task -> practice.submit("time-off-requests", task.number(), evidenceFor(task))).toList();
        PeopleFixture.signInAs(trainer);
        submissions.stream().filter(s -> s.status() == SubmissionStatus.SUBMITTED).forEach(s -> practice.approve(s.id(), "Good."));

        var certification = awaitCertified(learner, "cert-time-off");
        int version = curriculum.module("time-off-requests").orElseThrow().currentVersion();
        assertThat(certification.roleTitle()).isEqualTo("Time-off Steward");
        assertThat(certification.moduleVersions()).containsExactlyEntriesOf(java.util.Map.of("time-off-requests", version));
        assertThat(certification.validUntil()).isBetween(Instant.now().plus(364, ChronoUnit.DAYS), Instant.now().plus(367, ChronoUnit.DAYS));
        assertThat(certification.verificationCode()).matches("[A-Z2-7]{20}");
        assertThat(auditActions(learner)).contains("CERTIFICATION_GRANTED");
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(learner, "You are certified as Time-off Steward") == 1);
    }

    @Test
    void part_of_a_role_or_a_role_the_learner_is_not_enrolled_in_certifies_nothing() {
        enrol(learner, "cert-it-crm");
        completeByEvent(learner, "crm-basics");
        completeByEvent(learner, "time-off-requests"); // completes cert-time-off, but no enrolment there
        awaitListeners();
        PeopleFixture.signInAs(learner);
        assertThat(certifications.mine()).isEmpty();

        completeByEvent(learner, "it-requests");
        assertThat(awaitCertified(learner, "cert-it-crm").moduleVersions()).containsOnlyKeys("crm-basics", "it-requests");
        PeopleFixture.signInAs(learner);
        assertThat(certifications.mine()).extracting(Certification::roleId).containsExactly("cert-it-crm");
    }

    @Test
    void a_minor_change_to_a_required_module_changes_nothing_for_certified_people() {
        certify(learner, "cert-it-crm");
        changeItRequests(text -> text.replace("Our IT is run by one IT Administrator", "Our IT is run by a single IT Administrator"), () -> {
            awaitListeners();
            PeopleFixture.signInAs(learner);
            assertThat(certifications.myRefreshers()).isEmpty();
            schedule.check(Instant.now().plus(60, ChronoUnit.DAYS));
            assertThat(certifications.mine().getFirst().status()).isEqualTo(CertificationStatus.VALID);
        });
    }

    @Test
    void a_material_change_asks_for_a_refresher_and_the_certification_lapses_after_the_grace_period_unless_it_is_done() {
        var diligent = newLearner("Dina Diligent");
        certify(learner, "cert-it-crm");
        certify(diligent, "cert-it-crm");
        changeItRequests(text -> text.replaceFirst("(?m)^1\\. \\*\\*", "1. **Now: "), () -> {
            int changed = curriculum.module("it-requests").orElseThrow().currentVersion();
            PeopleFixture.signInAs(learner);
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> !certifications.myRefreshers().isEmpty());
            var refresher = certifications.myRefresher("it-requests").orElseThrow();
            assertThat(refresher.toVersion()).isEqualTo(changed);
            assertThat(refresher.fromVersion()).isLessThan(changed);
            assertThat(refresher.dueAt()).isBetween(Instant.now().plus(29, ChronoUnit.DAYS), Instant.now().plus(31, ChronoUnit.DAYS));
            assertThat(certifications.mine().getFirst().status()).as("certified during the grace period").isEqualTo(CertificationStatus.VALID);

            completeByEvent(diligent, "it-requests");
            awaitListeners();
            schedule.check(Instant.now().plus(31, ChronoUnit.DAYS));

            PeopleFixture.signInAs(learner);
            var lapsed = certifications.mine().getFirst();
            assertThat(lapsed.status()).isEqualTo(CertificationStatus.LAPSED);
            assertThat(lapsed.note()).contains("refresher");
            PeopleFixture.signInAs(diligent);
            assertThat(certifications.myRefreshers()).isEmpty();
            var kept = certifications.mine().getFirst();
            assertThat(kept.status()).isEqualTo(CertificationStatus.VALID);
            assertThat(kept.moduleVersions()).containsEntry("it-requests", changed);
            assertThat(auditActions(learner)).contains("REFRESHER_ASSIGNED", "CERTIFICATION_LAPSED");
            assertThat(auditActions(diligent)).contains("REFRESHER_DONE").doesNotContain("CERTIFICATION_LAPSED");

            completeByEvent(learner, "it-requests");
            PeopleFixture.signInAs(learner);
            await().atMost(Duration.ofSeconds(20)).pollInSameThread()
                    .until(() -> certifications.mine().getFirst().status() == CertificationStatus.VALID);
        });
    }

    @Test
    void a_certification_lapses_after_its_validity_with_one_reminder_before_however_often_the_check_runs() {
        var certification = certify(learner, "cert-time-off");
        var soon = certification.validUntil().minus(10, ChronoUnit.DAYS);
        schedule.check(soon);
        schedule.check(soon.plus(1, ChronoUnit.HOURS));
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(learner, "Your certification as Time-off Steward expires soon") == 1);
        PeopleFixture.signInAs(learner);
        assertThat(certifications.mine().getFirst().status()).isEqualTo(CertificationStatus.VALID);

        schedule.check(certification.validUntil().plus(1, ChronoUnit.DAYS));
        PeopleFixture.signInAs(learner);
        assertThat(certifications.mine().getFirst().status()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(auditActions(learner)).contains("CERTIFICATION_LAPSED");
        awaitListeners();
        assertThat(notices(learner, "Your certification as Time-off Steward expires soon")).isEqualTo(1);
    }

    @Test
    void an_expired_certification_is_renewed_by_passing_its_quizzes_again() {
        var certification = certify(learner, "cert-time-off");
        var expiry = certification.validUntil().plus(1, ChronoUnit.DAYS);
        schedule.check(expiry);
        schedule.check(expiry); // a second run opens nothing twice
        PeopleFixture.signInAs(learner);
        assertThat(certifications.myRenewals()).singleElement().satisfies(step -> {
            assertThat(step.roleId()).isEqualTo("cert-time-off");
            assertThat(step.moduleId()).isEqualTo("time-off-requests");
            assertThat(step.passed()).isFalse();
        });

        passQuiz("time-off-requests");
        await().atMost(Duration.ofSeconds(20)).pollInSameThread()
                .until(() -> certifications.mine().getFirst().status() == CertificationStatus.VALID);
        var renewed = certifications.mine().getFirst();
        // granted again from now: a fresh validity (the same second as the first grant when the test runs fast)
        assertThat(renewed.validUntil()).isAfterOrEqualTo(certification.validUntil());
        assertThat(renewed.grantedAt()).isAfterOrEqualTo(certification.grantedAt());
        assertThat(renewed.verificationCode()).as("a printed certificate stays checkable").isEqualTo(certification.verificationCode());
        assertThat(certifications.myRenewals()).isEmpty();
        assertThat(auditActions(learner)).contains("RENEWAL_OPENED", "CERTIFICATION_GRANTED");
    }

    @Test
    void a_trainer_revokes_a_certification_with_a_reason_and_nobody_else_can() {
        var certification = certify(learner, "cert-time-off");
        PeopleFixture.signInAs(learner);
        assertThatThrownBy(() -> certifications.revoke(certification.id(), "I quit")).isInstanceOf(AccessDeniedException.class);
        PeopleFixture.signInAs(manager);
        assertThatThrownBy(() -> certifications.revoke(certification.id(), "No")).isInstanceOf(AccessDeniedException.class);
        PeopleFixture.signInAs(trainer);
        assertThatThrownBy(() -> certifications.revoke(certification.id(), "  ")).isInstanceOf(InvalidInputException.class);

        var revoked = certifications.revoke(certification.id(), "Practice evidence was copied.");
        assertThat(revoked.status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(revoked.note()).contains("copied");
        assertThat(auditActions(learner)).contains("CERTIFICATION_REVOKED");
        PeopleFixture.signOut();
        assertThat(certifications.verify(certification.verificationCode()).orElseThrow().status()).isEqualTo(CertificationStatus.REVOKED);
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(learner, "Your certification as Time-off Steward was revoked") == 1);
    }

    @Test
    void verification_works_signed_out_and_tells_only_the_role_status_and_validity() {
        var certification = certify(learner, "cert-time-off");
        PeopleFixture.signOut();
        var verification = certifications.verify(certification.verificationCode().toLowerCase()).orElseThrow();
        assertThat(verification).isEqualTo(new Verification("Time-off Steward", CertificationStatus.VALID, certification.validUntil()));
        assertThat(verification.toString()).doesNotContain("Leo", learner.getEmail());
        assertThat(certifications.verify("AAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(certifications.verify("../../etc/passwd")).isEmpty();
    }

    @Test
    void only_the_holder_their_manager_and_trainers_read_a_certificate_and_its_pdf() {
        var certification = certify(learner, "cert-time-off");
        var other = newLearner("Olly Other");

        PeopleFixture.signInAs(other);
        assertThatThrownBy(() -> certifications.get(certification.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> certifications.certificatePdf(certification.id())).isInstanceOf(InvalidInputException.class);
        var otherManager = fixture.person("Otto Manager", Authority.MANAGER);
        PeopleFixture.signInAs(otherManager);
        assertThatThrownBy(() -> certifications.get(certification.id())).isInstanceOf(InvalidInputException.class);

        PeopleFixture.signInAs(learner);
        assertThat(new String(certifications.certificatePdf(certification.id()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PeopleFixture.signInAs(manager);
        assertThat(certifications.get(certification.id()).personName()).isEqualTo("Leo Learner");
        PeopleFixture.signInAs(trainer);
        assertThat(new String(certifications.certificatePdf(certification.id()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private PersonEntity newLearner(String name) {
        var person = fixture.person(name, Authority.LEARNER);
        person.reportTo(manager);
        return people.saveAndFlush(person);
    }

    private void enrol(PersonEntity person, String role) {
        PeopleFixture.signInAs(manager);
        course.enrol(new PersonId(person.getId()), role, EnrolmentPurpose.ONBOARDING, null);
    }

    private Certification certify(PersonEntity person, String role) {
        enrol(person, role);
        PeopleFixture.signInAs(manager);
        curriculum.role(role).orElseThrow().requiredModules().forEach(module -> completeByEvent(person, module));
        return awaitCertified(person, role);
    }

    private void completeByEvent(PersonEntity person, String moduleId) {
        completions.complete(person, moduleId);
    }

    private Certification awaitCertified(PersonEntity person, String role) {
        PeopleFixture.signInAs(person);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> certifications.mine().stream()
                .anyMatch(c -> c.roleId().equals(role) && c.status() == CertificationStatus.VALID));
        return certifications.mine().stream().filter(c -> c.roleId().equals(role)).findFirst().orElseThrow();
    }

    /** Waits until the certification listeners have handled every event published to them so far. */
    private void awaitListeners() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from EVENT_PUBLICATION"
                + " where completion_date is null and listener_id like '%certification%'", Long.class) == 0);
    }

    private long notices(PersonEntity person, String title) {
        return jdbc.queryForObject("select count(*) from notification where person_id = ? and title = ?", Long.class,
                person.getId(), title);
    }

    private List<String> auditActions(PersonEntity person) {
        var admin = fixture.person("Ada Admin", Authority.ADMIN);
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        PeopleFixture.signInAs(admin);
        try {
            return auditLog.recentFor(person.getFullName() + " (#" + person.getId() + ")", 50).stream().map(AuditEntry::action).toList();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void changeItRequests(UnaryOperator<String> change, Runnable checks) {
        var original = ContentFolder.read(Path.of("content")).stream()
                .filter(f -> f.path().equals("company/it-requests.md")).findFirst().orElseThrow();
        String changed = change.apply(new String(original.bytes(), StandardCharsets.UTF_8));
        try {
            importer.importFiles(List.of(SourceFile.ofText(original.path(), changed)), "test", "test");
            checks.run();
        } finally {
            importer.importFiles(List.of(original), "test", "restore");
        }
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
}
