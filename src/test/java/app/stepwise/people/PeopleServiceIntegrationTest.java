package app.stepwise.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.audit.AuditLog;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.testing.IntegrationTest;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PeopleServiceIntegrationTest {
    @Autowired PeopleService peopleService;
    @Autowired PersonRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuditLog auditLog;

    PeopleFixture fixture;
    PersonEntity admin;

    @BeforeEach
    void signInAsAdmin() {
        fixture = new PeopleFixture(repository, passwordEncoder);
        admin = fixture.person("Ada Admin", Authority.ADMIN);
        PeopleFixture.signInAs(admin);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    private PersonDraft draft(String name, String email, Authority... authorities) {
        return new PersonDraft(name, email, "Support Representative", null, LocalDate.of(2026, 3, 1), Set.of(authorities));
    }

    @Test
    void an_admin_adds_a_person_with_a_temporary_password_they_must_change_at_first_sign_in() {
        String email = PeopleFixture.uniqueEmail("sam");
        var created = peopleService.create(draft("Sam Carter", email.toUpperCase(), Authority.LEARNER), "temporary-pass-123");

        assertThat(created.email()).isEqualTo(email);
        assertThat(created.canSignIn()).isTrue();
        var stored = repository.findByEmail(email).orElseThrow();
        assertThat(stored.isPasswordChangeRequired()).isTrue();
        assertThat(passwordEncoder.matches("temporary-pass-123", stored.getPasswordHash())).isTrue();
        assertThat(stored.getPasswordHash()).startsWith("{argon2}");
        assertThat(auditLog.recentFor(email, 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("PERSON_CREATED");
            assertThat(entry.actor()).isEqualTo(admin.getEmail());
        });
    }

    @Test
    void emails_are_unique_whatever_their_case() {
        String email = PeopleFixture.uniqueEmail("dup");
        peopleService.create(draft("First", email, Authority.LEARNER), null);
        assertThatThrownBy(() -> peopleService.create(draft("Second", "  " + email.toUpperCase() + " ", Authority.LEARNER), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("email"));
    }

    @Test
    void invalid_fields_are_reported_per_field_and_nothing_is_stored() {
        long before = repository.count();
        assertThatThrownBy(() -> peopleService.create(new PersonDraft(" ", "not-an-email", null, null, null, Set.of()), "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "email", "authorities", "password"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_start_date_before_1950_or_more_than_a_year_ahead_is_refused_on_the_start_date_field() {
        String email = PeopleFixture.uniqueEmail("start");
        LocalDate latest = LocalDate.now().plusYears(1);
        for (LocalDate absurd : new LocalDate[] {LocalDate.of(3000, 1, 1), latest.plusDays(1), LocalDate.of(1949, 12, 31)}) {
            assertThatThrownBy(() -> peopleService.create(new PersonDraft("Stan Start", email, null, null, absurd,
                    Set.of(Authority.LEARNER)), null)).as(absurd.toString())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsOnlyKeys("startDate"));
        }
        assertThatThrownBy(() -> peopleService.create(new PersonDraft("Stan Start", email, null, null, LocalDate.of(3000, 1, 1),
                Set.of(Authority.LEARNER)), null)).hasMessageContaining("more than 1 year ahead").hasMessageContaining(latest.toString());
        assertThatThrownBy(() -> peopleService.create(new PersonDraft("Stan Start", email, null, null, LocalDate.of(1900, 1, 1),
                Set.of(Authority.LEARNER)), null)).hasMessageContaining("before 1950-01-01");
        assertThat(repository.findByEmail(email)).isEmpty();

        var created = peopleService.create(new PersonDraft("Stan Start", email, null, null, latest, Set.of(Authority.LEARNER)), null);
        assertThat(created.startDate()).isEqualTo(latest);
        assertThatThrownBy(() -> peopleService.update(created.id(), new PersonDraft("Stan Start", email, null, null,
                LocalDate.of(9999, 12, 31), Set.of(Authority.LEARNER))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("startDate"));
        assertThat(peopleService.update(created.id(), new PersonDraft("Stan Start", email, null, null,
                LocalDate.of(1950, 1, 1), Set.of(Authority.LEARNER))).startDate()).isEqualTo(LocalDate.of(1950, 1, 1));
    }

    @Test
    void authority_changes_are_audited_with_before_and_after_and_end_the_persons_sessions() {
        var trainer = fixture.person("Tara Trainer", Authority.LEARNER);
        int sessionsBefore = trainer.getSessionVersion();
        peopleService.update(new PersonId(trainer.getId()),
                draft("Tara Trainer", trainer.getEmail(), Authority.LEARNER, Authority.TRAINER));

        assertThat(auditLog.recentFor(trainer.getEmail(), 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("AUTHORITIES_CHANGED");
            assertThat(entry.details()).isEqualTo("LEARNER -> LEARNER, TRAINER");
            assertThat(entry.actor()).isEqualTo(admin.getEmail());
            assertThat(entry.occurredAt()).isNotNull();
        });
        assertThat(fixture.reload(trainer).getSessionVersion()).isGreaterThan(sessionsBefore);
    }

    @Test
    void a_trainer_cannot_grant_themselves_admin_or_manage_anyone() {
        var trainer = fixture.person("Tom Trainer", Authority.TRAINER);
        PeopleFixture.signInAs(trainer);
        var id = new PersonId(trainer.getId());
        assertThatThrownBy(() -> peopleService.update(id, draft("Tom", trainer.getEmail(), Authority.TRAINER, Authority.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peopleService.create(draft("X", PeopleFixture.uniqueEmail("x"), Authority.ADMIN), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peopleService.find(PeopleQuery.everyone(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.reload(trainer).getAuthorities()).containsExactly(Authority.TRAINER);
    }

    @Test
    void trainers_and_admins_list_the_active_holders_of_an_authority_and_nobody_else_may() {
        var trainer = fixture.person("Tilda Trainer", Authority.TRAINER, Authority.LEARNER);
        var left = fixture.person("Lars Left", Authority.TRAINER);
        var learner = fixture.person("Lina Learner", Authority.LEARNER);
        peopleService.deactivate(new PersonId(left.getId()));

        PeopleFixture.signInAs(trainer);
        var trainers = peopleService.activeWithAuthority(Authority.TRAINER);
        assertThat(trainers).extracting(PersonSummary::email).contains(trainer.getEmail())
                .doesNotContain(left.getEmail(), learner.getEmail(), admin.getEmail());
        assertThat(trainers).allSatisfy(person -> {
            assertThat(person.active()).isTrue();
            assertThat(person.authorities()).contains(Authority.TRAINER);
        });
        PeopleFixture.signInAs(learner);
        assertThatThrownBy(() -> peopleService.activeWithAuthority(Authority.TRAINER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void histories_that_keep_an_email_can_show_the_persons_name() {
        var trainer = fixture.person("Tess Names", Authority.TRAINER);
        var learner = fixture.person("Lou Names", Authority.LEARNER);

        PeopleFixture.signInAs(trainer);
        var names = peopleService.namesByEmail(java.util.List.of(learner.getEmail().toUpperCase(java.util.Locale.ROOT),
                "cli", "nobody@stepwise.test"));
        assertThat(names).containsExactly(java.util.Map.entry(learner.getEmail(), "Lou Names"));
        assertThat(peopleService.namesByEmail(java.util.List.of())).isEmpty();
        PeopleFixture.signInAs(learner);
        assertThatThrownBy(() -> peopleService.namesByEmail(java.util.List.of(trainer.getEmail())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_authority_nor_deactivate_themselves() {
        var me = new PersonId(admin.getId());
        assertThatThrownBy(() -> peopleService.update(me, draft("Ada", admin.getEmail(), Authority.LEARNER)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("authorities"));
        assertThatThrownBy(() -> peopleService.deactivate(me)).isInstanceOf(InvalidInputException.class);
        assertThat(fixture.reload(admin).isActive()).isTrue();
    }

    @Test
    void nobody_can_report_to_their_own_report() {
        var boss = fixture.person("Bea Boss", Authority.MANAGER);
        var report = fixture.person("Rae Report", Authority.LEARNER);
        peopleService.update(new PersonId(report.getId()), new PersonDraft("Rae Report", report.getEmail(), null,
                new PersonId(boss.getId()), null, Set.of(Authority.LEARNER)));
        assertThatThrownBy(() -> peopleService.update(new PersonId(boss.getId()), new PersonDraft("Bea Boss", boss.getEmail(),
                null, new PersonId(report.getId()), null, Set.of(Authority.MANAGER))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("manager"));
    }

    @Test
    void managers_see_their_own_team_and_nobody_elses() {
        var manager = fixture.person("Max Manager", Authority.MANAGER);
        var otherManager = fixture.person("Olga Other", Authority.MANAGER);
        var report = fixture.person("Rita Report", Authority.LEARNER);
        var stranger = fixture.person("Stan Stranger", Authority.LEARNER);
        peopleService.update(new PersonId(report.getId()), new PersonDraft("Rita Report", report.getEmail(), null,
                new PersonId(manager.getId()), null, Set.of(Authority.LEARNER)));

        PeopleFixture.signInAs(manager);
        assertThat(peopleService.directReports(new PersonId(manager.getId())))
                .extracting(PersonSummary::email).containsExactly(report.getEmail());
        assertThat(peopleService.get(new PersonId(report.getId())).managerName()).isEqualTo("Max Manager");
        assertThatThrownBy(() -> peopleService.directReports(new PersonId(otherManager.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peopleService.get(new PersonId(stranger.getId())))
                .isInstanceOf(AccessDeniedException.class);

        PeopleFixture.signInAs(report);
        assertThatThrownBy(() -> peopleService.directReports(new PersonId(report.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deactivation_ends_sessions_and_hides_the_person_unless_asked() {
        var leaver = fixture.person("Lee Leaver", Authority.LEARNER);
        peopleService.deactivate(new PersonId(leaver.getId()));

        var state = repository.findSessionState(leaver.getId()).orElseThrow();
        assertThat(state.active()).isFalse();
        assertThat(state.sessionVersion()).isGreaterThan(leaver.getSessionVersion());
        var activeOnly = new PeopleQuery(leaver.getEmail(), null, false);
        assertThat(peopleService.count(activeOnly)).isZero();
        assertThat(peopleService.find(new PeopleQuery(leaver.getEmail(), null, true), PageRequest.of(0, 5)))
                .singleElement().satisfies(p -> assertThat(p.active()).isFalse());
    }

    @Test
    void the_list_filters_by_text_and_authority_and_pages() {
        String marker = "Zebra" + System.nanoTime();
        for (int i = 0; i < 7; i++) {
            fixture.person(marker + " " + i, i % 2 == 0 ? Authority.TRAINER : Authority.LEARNER);
        }
        assertThat(peopleService.count(new PeopleQuery(marker.toLowerCase(), null, false))).isEqualTo(7);
        assertThat(peopleService.count(new PeopleQuery(marker, Authority.TRAINER, false))).isEqualTo(4);
        assertThat(peopleService.find(new PeopleQuery(marker, null, false), PageRequest.of(1, 3)))
                .extracting(PersonSummary::name).containsExactly(marker + " 3", marker + " 4", marker + " 5");
        assertThat(peopleService.count(new PeopleQuery("100%_no_match", null, true))).isZero();
    }

    @Test
    void the_csv_export_cannot_carry_formulas() {
        var person = fixture.person("=HYPERLINK(\"http://evil\")", Authority.LEARNER);
        var out = new StringWriter();
        peopleService.exportCsv(new PeopleQuery(person.getEmail(), null, true), out);
        assertThat(out.toString()).startsWith("name,email,job title,manager email,start date,authorities,active\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain("\n=").doesNotContain(",=");
    }
}
