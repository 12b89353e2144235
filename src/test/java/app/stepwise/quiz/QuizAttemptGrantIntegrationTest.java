package app.stepwise.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class QuizAttemptGrantIntegrationTest {
    @Autowired QuizService quizzes;
    @Autowired QuizAttemptGrants grants;
    @Autowired Curriculum curriculum;
    @Autowired ContentImporter importer;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog auditLog;

    PeopleFixture fixture;
    String limited;
    String cooling;
    PersonEntity manager;
    PersonEntity learner;
    PersonEntity trainer;

    @BeforeEach
    void setUp() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        limited = "grant-limited-" + key;
        cooling = "grant-cooling-" + key;
        importer.importFiles(List.of(module(limited, "max-attempts: 2"), module(cooling, "cooldown: 1h")), "test", key);
        fixture = new PeopleFixture(people, passwordEncoder);
        manager = fixture.person("Greta Grantmanager", Authority.MANAGER);
        trainer = fixture.person("Tom Trainer", Authority.TRAINER);
        learner = fixture.person("Lou Limited", Authority.LEARNER);
        learner.reportTo(manager);
        learner = people.saveAndFlush(learner);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void a_learner_who_used_every_attempt_can_try_again_after_their_manager_grants_more() {
        PeopleFixture.signInAs(learner);
        fail(limited);
        fail(limited);
        assertThat(quizzes.overview(limited).orElseThrow().attemptsLeft()).hasValue(0);
        assertThatThrownBy(() -> quizzes.start(limited)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("used all 2 attempts");

        PeopleFixture.signInAs(manager);
        assertThat(grants.heldBack(id(learner), List.of(limited, cooling))).containsOnlyKeys(limited);
        var grant = grants.grant(id(learner), limited, 1, "  Went through the steps together.  ");
        assertThat(grant.reason()).isEqualTo("Went through the steps together.");
        assertThat(grant.grantedBy()).isEqualTo(manager.getEmail());
        assertThat(grants.heldBack(id(learner), List.of(limited))).isEmpty();

        PeopleFixture.signInAs(learner);
        var overview = quizzes.overview(limited).orElseThrow();
        assertThat(overview.attemptsLeft()).hasValue(1);
        assertThat(overview.attemptLimit()).hasValue(3);
        var third = quizzes.start(limited);
        assertThat(third.attemptNo()).isEqualTo(3);
        quizzes.submit(third.attemptId());
        assertThatThrownBy(() -> quizzes.start(limited)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("used all 3 attempts");

        assertThat(auditOf(learner)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("QUIZ_ATTEMPTS_GRANTED");
            assertThat(entry.actor()).isEqualTo(manager.getEmail());
            assertThat(entry.details()).contains(limited, "+1", "Went through the steps together.");
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from notification"
                + " where person_id = ? and title = ? and link = ?", Long.class, learner.getId(),
                "You can take the quiz again: Grant test " + limited, "quiz/" + limited) == 1);
    }

    @Test
    void a_grant_ends_a_cooldown() {
        PeopleFixture.signInAs(learner);
        fail(cooling);
        assertThatThrownBy(() -> quizzes.start(cooling)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("try again at");

        PeopleFixture.signInAs(trainer);
        assertThat(grants.heldBack(id(learner), List.of(limited, cooling))).containsOnlyKeys(cooling);
        grants.grant(id(learner), cooling, 1, "Ready now.");

        PeopleFixture.signInAs(learner);
        assertThat(quizzes.overview(cooling).orElseThrow().nextAttemptAt()).isEmpty();
        assertThat(quizzes.start(cooling).attemptNo()).isEqualTo(2);
    }

    @Test
    void only_trainers_admins_and_the_learners_own_manager_grant() {
        var otherManager = fixture.person("Otto Othermanager", Authority.MANAGER);
        var otherLearner = fixture.person("Olga Otherlearner", Authority.LEARNER);
        for (var refused : List.of(learner, otherLearner, otherManager)) {
            PeopleFixture.signInAs(refused);
            assertThatThrownBy(() -> grants.grant(id(learner), limited, 1, "Please."))
                    .as(refused.getFullName()).isInstanceOf(AccessDeniedException.class);
        }
        PeopleFixture.signInAs(manager);
        assertThatThrownBy(() -> grants.grant(id(manager), limited, 1, "For myself."))
                .as("a manager is not in their own team").isInstanceOf(AccessDeniedException.class);
        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        assertThat(grants.grant(id(learner), limited, 1, "Admin says so.").extraAttempts()).isEqualTo(1);
        PeopleFixture.signInAs(trainer);
        assertThat(grants.grant(id(learner), limited, 2, "Trainer says so.").extraAttempts()).isEqualTo(2);
        PeopleFixture.signInAs(manager);
        assertThat(grants.grant(id(learner), limited, 1, "Manager says so.").extraAttempts()).isEqualTo(1);

        PeopleFixture.signInAs(learner);
        assertThat(quizzes.overview(limited).orElseThrow().attemptsLeft()).hasValue(6);
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt_grant where person_id = ?", Long.class,
                learner.getId())).isEqualTo(3);
    }

    @Test
    void a_grant_needs_one_to_ten_attempts_a_reason_and_a_quiz() {
        PeopleFixture.signInAs(trainer);
        assertThatThrownBy(() -> grants.grant(id(learner), limited, 0, "Why not."))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("extraAttempts"));
        assertThatThrownBy(() -> grants.grant(id(learner), limited, 11, "Why not."))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("extraAttempts"));
        assertThatThrownBy(() -> grants.grant(id(learner), limited, 1, "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        assertThatThrownBy(() -> grants.grant(id(learner), limited, 1, "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
        assertThatThrownBy(() -> grants.grant(id(learner), "no-such-module-" + limited, 1, "Why not."))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("module"));
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt_grant where person_id = ?", Long.class,
                learner.getId())).isZero();
    }

    @Test
    void a_persons_quiz_standings_are_for_themselves_their_manager_trainers_and_admins() {
        PeopleFixture.signInAs(learner);
        fail(limited);
        var modules = List.of(limited);
        assertThat(quizzes.standings(id(learner), modules)).containsOnlyKeys(limited);

        for (var refused : List.of(fixture.person("Otto Othermanager", Authority.MANAGER),
                fixture.person("Olga Otherlearner", Authority.LEARNER))) {
            PeopleFixture.signInAs(refused);
            assertThatThrownBy(() -> quizzes.standings(id(learner), modules)).as(refused.getFullName())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grants.heldBack(id(learner), modules)).as(refused.getFullName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (var allowed : List.of(manager, trainer, fixture.person("Ada Admin", Authority.ADMIN))) {
            PeopleFixture.signInAs(allowed);
            assertThat(quizzes.standings(id(learner), modules)).as(allowed.getFullName())
                    .hasEntrySatisfying(limited, s -> assertThat(s.attempts()).isEqualTo(1));
        }
    }

    private void fail(String moduleId) {
        var sheet = quizzes.start(moduleId);
        assertThat(quizzes.submit(sheet.attemptId()).passed()).isFalse(); // unanswered
    }

    private List<AuditEntry> auditOf(PersonEntity person) {
        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        return auditLog.recentFor(person.getFullName() + " (#" + person.getId() + ")", 20);
    }

    private static PersonId id(PersonEntity person) {
        return new PersonId(person.getId());
    }

    private static SourceFile module(String id, String limit) {
        return SourceFile.ofText("grants/" + id + ".md", """
                ---
                id: %s
                title: Grant test %s
                %s
                ---
                ## Steps
                1. **Do it.** Carefully.

                ## Quiz
                ### Is it done?
                1. [x] Yes
                1. [ ] No
                Step: 1
                """.formatted(id, id, limit));
    }
}
