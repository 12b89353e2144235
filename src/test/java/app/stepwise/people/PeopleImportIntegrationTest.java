package app.stepwise.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.people.internal.PersonEntity;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.testing.IntegrationTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PeopleImportIntegrationTest {
    @Autowired PeopleImportService importService;
    @Autowired PeopleService peopleService;
    @Autowired PersonRepository repository;
    @Autowired PasswordEncoder passwordEncoder;

    PeopleFixture fixture;
    String tag;

    @BeforeEach
    void signInAsAdmin() {
        fixture = new PeopleFixture(repository, passwordEncoder);
        PeopleFixture.signInAs(fixture.person("Ida Importer", Authority.ADMIN));
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    private String email(String name) {
        return name + "-" + tag + "@stepwise.test";
    }

    private PersonSummary summary(String email) {
        return peopleService.find(new PeopleQuery(email, null, true), org.springframework.data.domain.PageRequest.of(0, 2))
                .stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
    }

    private PeopleImportResult importCsv(String csv) {
        return importService.importCsv(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_valid_file_creates_and_updates_people_with_managers_named_in_any_order() {
        PersonEntity existing = fixture.person("Old Name", Authority.LEARNER);
        var result = importCsv("name,email,job title,manager email,start date,authorities\n"
                + "Rae Report," + email("rae") + ",Support Representative," + email("bea") + ",2026-03-01,learner\n"
                + "Bea Boss," + email("bea") + ",Support Team Lead,,2024-09-15,manager;learner\n"
                + "New Name," + existing.getEmail().toUpperCase() + ",Technical Support," + email("bea") + ",,learner\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isTrue();
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        var rae = summary(email("rae"));
        assertThat(rae.managerName()).isEqualTo("Bea Boss");
        assertThat(rae.startDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(rae.canSignIn()).as("imported people get no password").isFalse();
        assertThat(summary(email("bea")).authorities()).containsExactlyInAnyOrder(Authority.MANAGER, Authority.LEARNER);
        var renamed = summary(existing.getEmail());
        assertThat(renamed.name()).isEqualTo("New Name");
        assertThat(renamed.managerName()).isEqualTo("Bea Boss");
    }

    @Test
    void one_bad_row_imports_nothing_and_every_problem_is_reported_by_line() {
        long before = repository.count();
        var result = importCsv("name,email,job title,manager email,start date,authorities\n"
                + "Good Person," + email("good") + ",Rep,,2026-01-01,learner\n"
                + "No Email,,Rep,,,learner\n"
                + "Bad Date," + email("date") + ",Rep,,01/02/2026,learner\n"
                + "Bad Role," + email("role") + ",Rep,,,wizard\n"
                + "Lost Manager," + email("lost") + ",Rep,nobody-" + tag + "@stepwise.test,,learner\n"
                + "Twice," + email("good") + ",Rep,,,learner\n"
                + "Far Ahead," + email("ahead") + ",Rep,,3000-01-01,learner\n");

        assertThat(result.imported()).isFalse();
        assertThat(repository.count()).isEqualTo(before);
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "email"),
                        org.assertj.core.groups.Tuple.tuple(4, "start date"),
                        org.assertj.core.groups.Tuple.tuple(5, "authorities"),
                        org.assertj.core.groups.Tuple.tuple(6, "manager email"),
                        org.assertj.core.groups.Tuple.tuple(7, "email"),
                        org.assertj.core.groups.Tuple.tuple(8, "start date"));
        assertThat(result.problems().get(1).message()).contains("YYYY-MM-DD");
        assertThat(result.problems().get(4).message()).contains("already on line 2");
        assertThat(result.problems().get(5).message()).contains("more than 1 year ahead");
    }

    @Test
    void managers_going_round_in_a_circle_are_rejected() {
        var result = importCsv("name,email,manager email\n"
                + "A," + email("a") + "," + email("b") + "\n"
                + "B," + email("b") + "," + email("c") + "\n"
                + "C," + email("c") + "," + email("a") + "\n");
        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).hasSize(3).allSatisfy(p -> assertThat(p.message()).contains("circle"));
        assertThat(repository.findByEmail(email("a"))).isEmpty();
    }

    @Test
    void exporting_then_importing_the_same_people_changes_nothing() {
        importCsv("name,email,job title,manager email,start date,authorities\n"
                + "Bea Boss," + email("bea") + ",Lead,,2024-09-15,manager\n"
                + "Rae Report," + email("rae") + ",Rep," + email("bea") + ",2026-03-01,learner;trainer\n");
        var out = new StringWriter();
        peopleService.exportCsv(new PeopleQuery(tag, null, true), out);

        var again = importCsv(out.toString());
        assertThat(again.problems()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated()).isZero();
    }

    @Test
    void only_admins_may_import() {
        PeopleFixture.signInAs(fixture.person("Tina Trainer", Authority.TRAINER));
        assertThatThrownBy(() -> importCsv("name,email\nX," + email("x") + "\n")).isInstanceOf(AccessDeniedException.class);
    }
}
