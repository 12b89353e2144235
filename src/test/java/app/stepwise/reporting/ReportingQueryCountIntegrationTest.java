package app.stepwise.reporting;

import static app.stepwise.reporting.ReportingScenario.as;
import static app.stepwise.reporting.ReportingScenario.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.stepwise.people.internal.PersonEntity;
import app.stepwise.reporting.internal.ProgressProjection;
import app.stepwise.shared.Authority;
import app.stepwise.shared.SystemActor;
import app.stepwise.testing.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No N+1: the statements Hibernate prepares for the team view, the drill-down and the roll-ups do not grow with
 * the number of people or modules. Counted with Hibernate's statistics (on for tests), after the listeners are
 * done; the fewest of three runs counts, since a background refresh may add statements of its own.
 */
@IntegrationTest
class ReportingQueryCountIntegrationTest extends ReportingTestSupport {
    @Autowired TeamReports team;
    @Autowired PersonReports persons;
    @Autowired Dashboards dashboards;
    @Autowired ReportingMaintenance maintenance;
    @Autowired ProgressProjection projection;

    @Test
    void the_team_view_takes_the_same_statements_for_a_team_of_two_and_a_team_of_twelve() {
        var small = team(2, "crm-basics", "it-requests");
        var large = team(12, "crm-basics", "it-requests", "time-off-requests", "customer-complaints");
        rebuild(small);
        long forSmall = statements(() -> as(small.manager, () -> teamView(small.manager)));
        long forLarge = statements(() -> as(large.manager, () -> teamView(large.manager)));
        assertThat(as(large.manager, () -> teamView(large.manager))).isEqualTo(12);
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(6);
    }

    @Test
    void the_drill_down_takes_the_same_statements_for_two_modules_and_for_six() {
        var pages = readingOnlyPages(4); // no quiz, no practice: nothing for a per-module cache to hold
        var two = team(1, "crm-basics", "it-requests");
        var six = team(1, "crm-basics", "it-requests", pages.get(0), pages.get(1), pages.get(2), pages.get(3));
        for (var scenario : List.of(two, six)) {
            scenario.scenario.markRead(scenario.members.getFirst(), "crm-basics");
            scenario.scenario.takeQuiz(scenario.members.getFirst(), "it-requests", true);
        }
        awaitListeners();
        Supplier<PersonReport> ofTwo = () -> as(two.manager, () -> persons.report(id(two.members.getFirst())));
        Supplier<PersonReport> ofSix = () -> as(six.manager, () -> persons.report(id(six.members.getFirst())));
        ofTwo.get(); // the practice tasks of each module version are parsed once and kept: warm that cache
        assertThat(ofSix.get().paths().getFirst().modules()).hasSize(6);
        assertThat(statements(ofSix)).isEqualTo(statements(ofTwo));
    }

    private List<String> readingOnlyPages(int count) {
        var files = new ArrayList<app.stepwise.content.SourceFile>();
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            String id = "rpt-page-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            ids.add(id);
            files.add(app.stepwise.content.SourceFile.ofText("handbook/" + id + ".md", """
                    ---
                    id: %s
                    title: Handbook page %d
                    ---
                    # Handbook page %d

                    How we keep the office tidy.
                    """.formatted(id, i, i)));
        }
        importer.importFiles(files, "test", "reading-only pages");
        return ids;
    }

    @Test
    void roll_ups_take_the_same_statements_however_many_people_and_roles_there_are() {
        var first = team(2, "crm-basics");
        rebuild(first);
        var admin = first.scenario.person("Ada Admin", Authority.ADMIN);
        long before = statements(() -> as(admin, this::dashboard));
        team(15, "crm-basics", "it-requests", "time-off-requests");
        team(5, "sales-cycle", "quote-preparation");
        rebuild(first);
        long after = statements(() -> as(admin, this::dashboard));
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(8);
    }

    @Test
    void the_summary_is_computed_in_the_same_statements_for_three_people_and_for_thirty() {
        var few = team(3, "crm-basics", "it-requests");
        var many = team(30, "crm-basics", "it-requests", "time-off-requests", "customer-complaints");
        awaitListeners();
        long forFew = statements(() -> SystemActor.call(() -> {
            projection.refreshPeople(few.members.stream().map(ReportingScenario::id).toList());
            return null;
        }));
        long forMany = statements(() -> SystemActor.call(() -> {
            projection.refreshPeople(many.members.stream().map(ReportingScenario::id).toList());
            return null;
        }));
        assertThat(forMany).isEqualTo(forFew);
    }

    private long teamView(PersonEntity manager) {
        var query = TeamQuery.of(TeamScope.of(id(manager)));
        team.rows(query, 0, 50);
        team.withoutRoles(query.scope());
        return team.count(query);
    }

    private Object dashboard() {
        dashboards.organisation();
        dashboards.roles();
        dashboards.modules(ModuleSort.COMPLETION_RATE, false, 0, 50);
        return dashboards.certificationsPerMonth(12);
    }

    /** A manager with {@code size} enrolled reports in a new role requiring the modules. */
    private Team team(int size, String... modules) {
        var scenario = scenario()
                .withRole(modules);
        var manager = scenario.person("Manager of " + size, Authority.MANAGER);
        var members = new ArrayList<PersonEntity>();
        for (int i = 0; i < size; i++) {
            var member = scenario.reportingTo(manager, "Member " + i + " of " + size);
            scenario.enrol(manager, member);
            members.add(member);
        }
        return new Team(scenario, manager, members);
    }

    record Team(ReportingScenario scenario, PersonEntity manager, List<PersonEntity> members) {
    }

    private void rebuild(Team any) {
        awaitListeners();
        as(any.scenario.person("Rebuilding Admin", Authority.ADMIN), () -> maintenance.rebuild());
    }

    private long statements(Supplier<?> work) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            fewest = Math.min(fewest, statementsOnce(work));
        }
        assertThat(fewest).as("statements counted (every view reads the database)").isPositive();
        return fewest;
    }

    private long statementsOnce(Supplier<?> work) {
        return ThreadStatements.countOf(work::get);
    }

    private void awaitListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where completion_date is null", Long.class) == 0);
    }
}
