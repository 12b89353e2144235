package app.stepwise.reporting;

import static app.stepwise.reporting.ReportingScenario.as;
import static app.stepwise.reporting.ReportingScenario.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.stepwise.certification.CertificationStatus;
import app.stepwise.course.ModuleStatus;
import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagKind;
import app.stepwise.people.internal.PersonEntity;
import app.stepwise.shared.Authority;
import app.stepwise.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A manager's team of five, one of them certified, one reading, one who passed a quiz, one overdue, one with no
 * role; and someone else's report in the same role. Numbers are exact because the role is the test's own.
 */
@IntegrationTest
class ReportingIntegrationTest extends ReportingTestSupport {
    @Autowired TeamReports team;
    @Autowired PersonReports persons;
    @Autowired Dashboards dashboards;
    @Autowired ReportingMaintenance maintenance;
    @Autowired FeedbackService flags;
    @Autowired app.stepwise.content.ContentLibrary library;

    ReportingScenario scenario;
    PersonEntity manager;
    PersonEntity ann;
    PersonEntity ben;
    PersonEntity cat;
    PersonEntity dan;
    PersonEntity eve;
    PersonEntity outsider;
    PersonEntity admin;

    @BeforeEach
    void aTeam() {
        scenario = scenario()
                .withRole("crm-basics", "it-requests");
        admin = scenario.person("Ada Admin", Authority.ADMIN);
        manager = scenario.person("Mia Manager", Authority.MANAGER);
        ann = scenario.reportingTo(manager, "Ann Certified");
        ben = scenario.reportingTo(manager, "Ben Reading");
        cat = scenario.reportingTo(manager, "Cat Overdue");
        dan = scenario.reportingTo(manager, "Dan Quizzed");
        eve = scenario.reportingTo(manager, "Eve Unassigned");
        var otherManager = scenario.person("Oscar Othermanager", Authority.MANAGER);
        outsider = scenario.reportingTo(otherManager, "Olga Outsider");
        List.of(ann, ben, cat, dan).forEach(p -> scenario.enrol(manager, p));
        scenario.enrol(otherManager, outsider);
        scenario.completeAll(ann);
        scenario.markRead(ben, "crm-basics");
        scenario.due(cat, LocalDate.now().minusDays(3));
        assertThat(scenario.takeQuiz(dan, "crm-basics", true)).isTrue();
        awaitCertified(ann);
    }

    @Test
    void a_managers_team_grid_shows_each_person_in_the_role_with_progress_and_state() {
        rebuild();
        var rows = as(manager, () -> team.rows(mine(), 0, 50));
        assertThat(rows).extracting(TeamRow::name).containsExactly("Ann Certified", "Ben Reading", "Cat Overdue", "Dan Quizzed");
        var annRow = rows.getFirst();
        assertThat(annRow.percentComplete()).isEqualTo(100);
        assertThat(annRow.completedModules()).isEqualTo(2);
        assertThat(annRow.certification()).isEqualTo(CertificationStatus.VALID);
        assertThat(annRow.validUntil()).isBetween(Instant.now().plus(364, ChronoUnit.DAYS), Instant.now().plus(367, ChronoUnit.DAYS));
        assertThat(annRow.statusLabel()).isEqualTo("Certified");
        assertThat(rows.get(1)).extracting(TeamRow::percentComplete, TeamRow::startedModules, TeamRow::overdue, TeamRow::statusLabel)
                .containsExactly(0, 1, false, "In progress");
        assertThat(rows.get(2)).extracting(TeamRow::overdue, TeamRow::startedModules, TeamRow::statusLabel)
                .containsExactly(true, 0, "Overdue");
        assertThat(rows.get(3)).extracting(TeamRow::startedModules, TeamRow::percentComplete).containsExactly(1, 0);
        assertThat(as(manager, () -> team.count(mine()))).isEqualTo(4);
        assertThat(as(manager, () -> team.withoutRoles(TeamScope.of(id(manager))))).extracting(p -> p.name())
                .containsExactly("Eve Unassigned");
    }

    @Test
    void the_grid_filters_by_status_role_and_text_and_sorts_in_the_database() {
        rebuild();
        assertThat(names(filtered(ProgressFilter.OVERDUE))).containsExactly("Cat Overdue");
        assertThat(names(filtered(ProgressFilter.CERTIFIED))).containsExactly("Ann Certified");
        assertThat(names(filtered(ProgressFilter.IN_PROGRESS))).containsExactly("Ben Reading", "Dan Quizzed");
        assertThat(names(filtered(ProgressFilter.NOT_STARTED))).containsExactly("Cat Overdue");
        assertThat(names(filtered(ProgressFilter.EXPIRING))).isEmpty();
        var byText = new TeamQuery(TeamScope.of(id(manager)), "BEN", scenario.roleId, null, TeamSort.NAME, false);
        assertThat(names(as(manager, () -> team.rows(byText, 0, 50)))).containsExactly("Ben Reading");
        var otherRole = new TeamQuery(TeamScope.of(id(manager)), null, "support-rep", null, TeamSort.NAME, false);
        assertThat(as(manager, () -> team.count(otherRole))).isZero();
        var byPercent = mine().sortedBy(TeamSort.PERCENT, true);
        assertThat(names(as(manager, () -> team.rows(byPercent, 0, 2)))).containsExactly("Ann Certified", "Ben Reading");
        assertThat(names(as(manager, () -> team.rows(byPercent, 2, 2)))).containsExactly("Cat Overdue", "Dan Quizzed");
    }

    @Test
    void expiring_lapsed_and_refresher_due_follow_the_certification_and_the_clock() {
        jdbc.update("update certification set valid_until = ? where person_id = ?",
                java.sql.Timestamp.from(Instant.now().plus(10, ChronoUnit.DAYS)), ann.getId());
        rebuild();
        assertThat(names(filtered(ProgressFilter.EXPIRING))).containsExactly("Ann Certified");
        jdbc.update("update certification set valid_until = ? where person_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), ann.getId());
        jdbc.update("insert into refresher (person_id, role_key, module_key, from_version, to_version, due_at, created_at)"
                + " values (?, ?, 'it-requests', 1, 2, ?, ?)", ann.getId(), scenario.roleId,
                java.sql.Timestamp.from(Instant.now().plus(20, ChronoUnit.DAYS)), java.sql.Timestamp.from(Instant.now()));
        rebuild();
        assertThat(names(filtered(ProgressFilter.LAPSED))).containsExactly("Ann Certified");
        assertThat(names(filtered(ProgressFilter.CERTIFIED))).isEmpty();
        assertThat(names(filtered(ProgressFilter.REFRESHER_DUE))).containsExactly("Ann Certified");
        var annRow = as(manager, () -> team.rows(mine(), 0, 1)).getFirst();
        assertThat(annRow.certification()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(annRow.refresherDue()).isTrue();
    }

    @Test
    void a_roles_roll_up_counts_everyone_in_the_role_and_its_funnel_narrows_stage_by_stage() {
        rebuild();
        var rollup = as(admin, () -> dashboards.role(scenario.roleId)).orElseThrow();
        assertThat(rollup.roleTitle()).isEqualTo(scenario.roleTitle);
        var counts = rollup.counts();
        assertThat(counts.enrolled()).isEqualTo(5);
        assertThat(counts.certified()).isEqualTo(1);
        assertThat(counts.inProgress()).isEqualTo(2);
        assertThat(counts.notStarted()).isEqualTo(2);
        assertThat(counts.overdue()).isEqualTo(1);
        assertThat(counts.lapsed()).isZero();
        assertThat(counts.expiring()).isZero();
        assertThat(counts.refresherDue()).isZero();
        assertThat(counts.averagePercent()).isEqualTo(20.0);
        assertThat(counts.funnel()).isEqualTo(new Funnel(5, 3, 1, 1, 1));
        assertThat(as(admin, () -> dashboards.roles())).extracting(RoleRollup::roleId).contains(scenario.roleId);
    }

    @Test
    void the_organisation_roll_up_grows_by_exactly_what_a_new_team_adds() {
        rebuild();
        var before = as(admin, () -> dashboards.organisation());
        var second = scenario()
                .withRole("time-off-requests");
        var boss = second.person("Bo Boss", Authority.MANAGER);
        var done = second.reportingTo(boss, "Dora Done");
        var fresh = second.reportingTo(boss, "Fred Fresh");
        second.enrol(boss, done);
        second.enrol(boss, fresh);
        second.completeAll(done);
        awaitCertified(done);
        rebuild();
        var after = as(admin, () -> dashboards.organisation());
        assertThat(after.activePeople() - before.activePeople()).isEqualTo(3);
        assertThat(after.peopleWithRoles() - before.peopleWithRoles()).isEqualTo(2);
        assertThat(after.counts().enrolled() - before.counts().enrolled()).isEqualTo(2);
        assertThat(after.counts().certified() - before.counts().certified()).isEqualTo(1);
        assertThat(after.counts().notStarted() - before.counts().notStarted()).isEqualTo(1);
        assertThat(after.counts().funnel().completed() - before.counts().funnel().completed()).isEqualTo(1);
    }

    @Test
    void module_roll_ups_count_starts_completions_quiz_attempts_and_open_flags() {
        rebuild();
        var before = modules();
        var reader = scenario.reportingTo(manager, "Rita Reader");
        var finisher = scenario.reportingTo(manager, "Finn Finisher");
        var failing = scenario.reportingTo(manager, "Fay Failsfirst");
        List.of(reader, finisher, failing).forEach(p -> scenario.enrol(manager, p));
        scenario.markRead(reader, "crm-basics");
        scenario.completeAll(finisher);
        assertThat(scenario.takeQuiz(failing, "it-requests", false)).isFalse();
        assertThat(scenario.takeQuiz(failing, "it-requests", true)).isTrue();
        as(failing, () -> flags.flag("it-requests", firstStep("it-requests"), FlagKind.UNCLEAR, "Which form do I use?"));
        rebuild();
        var after = modules();

        var crm = Delta.of(before.get("crm-basics"), after.get("crm-basics"));
        assertThat(crm.started()).isEqualTo(2); // read, and completed; a quiz alone starts no reading
        assertThat(crm.completed()).isEqualTo(1);
        var it = Delta.of(before.get("it-requests"), after.get("it-requests"));
        assertThat(it.started()).isEqualTo(1);
        assertThat(it.completed()).isEqualTo(1);
        assertThat(it.quizPassers()).isEqualTo(1); // the fixture completes without quiz attempts
        assertThat(it.attemptsToPass()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(it.openFlags()).isEqualTo(1);
        var rate = after.get("crm-basics");
        assertThat(rate.completionRate()).isEqualTo((double) rate.completed() / rate.started());
        assertThat(as(admin, () -> dashboards.moduleCount())).isEqualTo(as(admin, () -> library.count("")));
        var worstFirst = as(admin, () -> dashboards.modules(ModuleSort.COMPLETION_RATE, false, 0, 100));
        assertThat(worstFirst).extracting(ModuleRollup::completionRate).isSorted();
    }

    private java.util.Map<String, ModuleRollup> modules() {
        var all = new java.util.HashMap<String, ModuleRollup>();
        as(admin, () -> dashboards.modules(ModuleSort.TITLE, false, 0, 100)).forEach(m -> all.put(m.moduleId(), m));
        return all;
    }

    private String firstStep(String moduleId) {
        return as(admin, () -> curriculum.reading(moduleId).orElseThrow().steps().getFirst().anchor());
    }

    /** What changed in a module's numbers; attempts to pass as a total (averages do not subtract). */
    record Delta(long started, long completed, long quizPassers, double attemptsToPass, long openFlags) {
        static Delta of(ModuleRollup before, ModuleRollup after) {
            return new Delta(after.started() - before.started(), after.completed() - before.completed(),
                    after.quizPassers() - before.quizPassers(),
                    after.quizPassers() * after.averageAttemptsToPass() - before.quizPassers() * before.averageAttemptsToPass(),
                    after.openFlags() - before.openFlags());
        }
    }

    @Test
    void the_summary_follows_enrolments_and_completions_without_a_rebuild() {
        var late = scenario.reportingTo(manager, "Lou Latecomer");
        scenario.enrol(manager, late);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> as(manager, () -> team.count(mine())) == 5);
        scenario.completeAll(late);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> as(manager, () -> team.rows(
                new TeamQuery(TeamScope.of(id(manager)), "Lou", null, ProgressFilter.CERTIFIED, null, false), 0, 5)).size() == 1);
    }

    @Test
    void the_drill_down_shows_every_module_quiz_attempts_practice_and_certifications() {
        var report = as(manager, () -> persons.report(id(dan)));
        assertThat(report.person().name()).isEqualTo("Dan Quizzed");
        var path = report.paths().stream().filter(p -> p.roleId().equals(scenario.roleId)).findFirst().orElseThrow();
        assertThat(path.modules()).extracting(m -> m.moduleId()).containsExactly("crm-basics", "it-requests");
        assertThat(path.modules().getFirst().status()).isEqualTo(ModuleStatus.QUIZ_PASSED);
        assertThat(report.quizHistory()).singleElement().satisfies(a -> {
            assertThat(a.moduleTitle()).isEqualTo("CRM basics");
            assertThat(a.scorePercent()).isEqualTo(100.0);
            assertThat(a.passed()).isTrue();
        });
        assertThat(report.practice().get("crm-basics").tasks()).isPositive();
        var annReport = as(manager, () -> persons.report(id(ann)));
        assertThat(annReport.certifications()).singleElement().satisfies(c -> {
            assertThat(c.roleTitle()).isEqualTo(scenario.roleTitle);
            assertThat(c.status()).isEqualTo(CertificationStatus.VALID);
        });
        assertThat(annReport.paths().getFirst().modules()).allMatch(m -> m.status() == ModuleStatus.DONE);
    }

    @Test
    void a_manager_cannot_see_anyone_outside_their_team_and_a_learner_sees_nothing() {
        rebuild();
        assertThatThrownBy(() -> as(manager, () -> persons.report(id(outsider)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> persons.trainingRecordPdf(id(outsider)))).isInstanceOf(AccessDeniedException.class);
        var outsidersManager = people.findById(outsider.getId()).orElseThrow().getManager().getId();
        assertThatThrownBy(() -> as(manager, () -> team.rows(TeamQuery.of(TeamScope.of(new app.stepwise.shared.PersonId(outsidersManager))), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> team.count(TeamQuery.of(TeamScope.everyone())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> dashboards.organisation())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> team.managers())).isInstanceOf(AccessDeniedException.class);
        var text = new java.io.StringWriter();
        assertThatThrownBy(() -> as(manager, () -> {
            team.exportCsv(TeamQuery.of(TeamScope.everyone()), text);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(text.toString()).isEmpty();

        assertThatThrownBy(() -> as(ann, () -> team.rows(mine(), 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> team.rows(TeamQuery.of(TeamScope.of(id(ann))), 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> persons.report(id(ann)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> dashboards.roles())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ann, () -> maintenance.rebuild())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> maintenance.rebuild())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void trainers_see_everyone_and_any_managers_team() {
        rebuild();
        var trainer = scenario.person("Tom Trainer", Authority.TRAINER);
        var everyoneInRole = new TeamQuery(TeamScope.everyone(), null, scenario.roleId, null, TeamSort.NAME, false);
        assertThat(names(as(trainer, () -> team.rows(everyoneInRole, 0, 50))))
                .containsExactly("Ann Certified", "Ben Reading", "Cat Overdue", "Dan Quizzed", "Olga Outsider");
        assertThat(as(trainer, () -> team.count(mine()))).isEqualTo(4);
        assertThat(as(trainer, () -> team.managers())).extracting(p -> p.name()).contains("Mia Manager", "Oscar Othermanager");
        assertThat(as(trainer, () -> persons.report(id(outsider))).person().name()).isEqualTo("Olga Outsider");
    }

    private TeamQuery mine() {
        return new TeamQuery(TeamScope.of(id(manager)), null, null, null, TeamSort.NAME, false);
    }

    private List<TeamRow> filtered(ProgressFilter filter) {
        var query = new TeamQuery(TeamScope.of(id(manager)), null, null, filter, TeamSort.NAME, false);
        var rows = as(manager, () -> team.rows(query, 0, 50));
        assertThat(as(manager, () -> team.count(query))).isEqualTo(rows.size());
        return rows;
    }

    private static List<String> names(List<TeamRow> rows) {
        return rows.stream().map(TeamRow::name).toList();
    }

    private void rebuild() {
        awaitListeners();
        as(admin, () -> maintenance.rebuild());
    }

    private void awaitCertified(PersonEntity person) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from certification where person_id = ? and status = 'GRANTED'", Long.class, person.getId()) == 1);
    }

    /** Every listener done with every event so far, so that a rebuild does not race one. */
    private void awaitListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where completion_date is null", Long.class) == 0);
    }
}
