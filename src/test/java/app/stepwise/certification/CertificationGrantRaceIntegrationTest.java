package app.stepwise.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.content.Curriculum;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.course.CourseService;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.course.ModuleCompleted;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.SystemActor;
import app.stepwise.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completions of one person's role modules handled at the same time (or a certification that already exists) end
 * with exactly one valid certification and every event publication completed: a lost race counts as granted.
 */
@IntegrationTest
class CertificationGrantRaceIntegrationTest {
    static final int MODULES = 8;

    @Autowired ContentImporter importer;
    @Autowired Curriculum curriculum;
    @Autowired CourseService course;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    String key;
    String roleId;
    List<String> moduleIds;
    PersonEntity learner;

    @BeforeEach
    void setUp() {
        key = "race-" + UUID.randomUUID().toString().substring(0, 8);
        roleId = key + "-role";
        moduleIds = IntStream.rangeClosed(1, MODULES).mapToObj(n -> key + "-m" + n).toList();
        var files = new ArrayList<SourceFile>();
        moduleIds.forEach(id -> files.add(SourceFile.ofText("race/" + id + ".md", """
                ---
                id: %s
                title: Race module %s
                ---
                ## Steps
                1. **Do it.** Carefully.
                """.formatted(id, id))));
        files.add(SourceFile.ofText("roles/" + roleId + ".md", """
                ---
                id: %s
                title: Race role %s
                required: [%s]
                ---
                # Race role
                Completes its modules at once.
                """.formatted(roleId, key, String.join(", ", moduleIds))));
        importer.importFiles(files, "test", key);
        var fixture = new PeopleFixture(people, passwordEncoder);
        var manager = fixture.person("Rita Racemanager", Authority.MANAGER);
        learner = fixture.person("Ray Racer", Authority.LEARNER);
        learner.reportTo(manager);
        learner = people.saveAndFlush(learner);
        PeopleFixture.signInAs(manager);
        course.enrol(new PersonId(learner.getId()), roleId, EnrolmentPurpose.ONBOARDING, null);
        PeopleFixture.signOut();
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void every_module_of_a_role_completing_at_once_grants_exactly_one_certification() {
        completeAllAtOnce();

        awaitPublicationsCompleted();
        assertOneValidCertification();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CERTIFICATION_GRANTED' and details like ?",
                Long.class, roleId + ",%")).as("granted once; the losers found it granted").isEqualTo(1);
    }

    @Test
    void completions_for_a_certification_that_already_exists_count_as_done() {
        var now = Instant.now();
        jdbc.update("insert into certification (person_id, role_key, status, granted_at, valid_until, verification_code, version)"
                        + " values (?, ?, 'GRANTED', ?, ?, ?, 0)", learner.getId(), roleId, Timestamp.from(now),
                Timestamp.from(now.plus(365, ChronoUnit.DAYS)), ("RACE" + UUID.randomUUID().toString().replace("-", "")).substring(0, 20).toUpperCase());

        completeAllAtOnce();

        awaitPublicationsCompleted();
        assertOneValidCertification();
        assertThat(jdbc.queryForList("select module_key from certification_module m join certification c on c.id = m.certification_id"
                + " where c.person_id = ? and c.role_key = ?", String.class, learner.getId(), roleId))
                .as("every completion recorded on the existing certification").containsExactlyInAnyOrderElementsOf(moduleIds);
    }

    /** Records every module complete, then publishes the completions together: their listeners run concurrently. */
    private void completeAllAtOnce() {
        var now = Timestamp.from(Instant.now());
        var versions = SystemActor.call(() -> curriculum.modules(moduleIds));
        transactions.executeWithoutResult(status -> moduleIds.forEach(id -> {
            int version = versions.get(id).currentVersion();
            jdbc.update("insert into module_progress (person_id, module_key, module_version, read_at, completed_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, 0)", learner.getId(), id, version, now, now, now);
            events.publishEvent(new ModuleCompleted(new PersonId(learner.getId()), id, version, now.toInstant()));
        }));
    }

    private void awaitPublicationsCompleted() {
        String mine = "%" + key + "%";
        // a listener that failed leaves its publication incomplete (to be retried forever): this wait then times out
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from EVENT_PUBLICATION"
                + " where serialized_event like ? and listener_id like '%CertificationListeners.on(app.stepwise.course.ModuleCompleted)' and completion_date is not null",
                Long.class, mine) == MODULES && jdbc.queryForObject("select count(*) from EVENT_PUBLICATION"
                + " where serialized_event like ? and completion_date is null", Long.class, mine) == 0);
    }

    private void assertOneValidCertification() {
        var rows = jdbc.queryForList("select status, valid_until from certification where person_id = ? and role_key = ?",
                learner.getId(), roleId);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("status")).isEqualTo("GRANTED");
        assertThat(((Timestamp) rows.getFirst().get("valid_until")).toInstant()).isAfter(Instant.now());
    }
}
