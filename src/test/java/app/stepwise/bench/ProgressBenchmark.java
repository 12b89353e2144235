package app.stepwise.bench;

import app.stepwise.StepwiseApplication;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.reporting.Dashboards;
import app.stepwise.reporting.ModuleSort;
import app.stepwise.reporting.PersonReports;
import app.stepwise.reporting.ReportingMaintenance;
import app.stepwise.reporting.TeamQuery;
import app.stepwise.reporting.TeamReports;
import app.stepwise.reporting.TeamScope;
import app.stepwise.shared.PersonId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Progress reports on MariaDB at organisation scale: seeds 10,000 learners x 200 modules (2 million progress rows,
 * enrolments, certifications) with JDBC batches, builds the progress summary with the application's own code, then
 * times the real services: a manager's team view (50 people: the grid's first page and its count), a role's roll-up,
 * the organisation roll-up and the whole dashboard, a drill-down; and, for comparison, the same numbers aggregated
 * straight from module_progress.
 * {@code ./mvnw -Pbench test -Dbench.main=app.stepwise.bench.ProgressBenchmark [-Dbench.people=10000 -Dbench.modules=200]}
 */
public final class ProgressBenchmark {
    private static final String DATABASE = "stepwise_bench_progress";

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int peopleCount = Integer.getInteger("bench.people", 10_000);
        int moduleCount = Integer.getInteger("bench.modules", 200);
        String server = System.getenv().getOrDefault("STEPWISE_TEST_MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");
        System.out.printf("%nProgress benchmark: %,d learners x %,d modules on MariaDB, Java %s, %d cores%n", peopleCount,
                moduleCount, Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (var admin = DriverManager.getConnection(server, "root", ""); var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        var context = start(server);
        try {
            var seed = new ProgressSeed(peopleCount, moduleCount, 42);
            long contentStart = System.nanoTime();
            var importer = context.getBean(ContentImporter.class);
            importer.importFiles(SyntheticDocs.generate(moduleCount, 7), "bench", "bench modules");
            importer.importFiles(seed.roleFiles(), "bench", "bench roles");
            double imported = seconds(contentStart);
            awaitListeners(server);
            System.out.printf("content: %d modules, %d roles imported in %.1f s, listeners (search index, statistics) done after %.1f s%n",
                    moduleCount, ProgressSeed.ROLES, imported, seconds(contentStart));

            long seedStart = System.nanoTime();
            seed.write(() -> DriverManager.getConnection(server + DATABASE + "?rewriteBatchedStatements=true&connectionTimeZone=UTC",
                    "root", ""), Integer.getInteger("bench.writers", 2));
            double seeding = seconds(seedStart);
            System.out.printf("seeding: %,d people, %,d enrolments, %,d certifications, %,d refreshers, %,d progress rows"
                            + " in %.1f s (%,.0f progress rows/s; target <= 60 s)%n", peopleCount + seed.managers(), seed.enrolments,
                    seed.certifications, seed.refreshers, seed.progressRows, seeding, seed.progressRows / seeding);

            var people = context.getBean(PersonRepository.class);
            var adminPerson = people.findByEmail("bench@stepwise.test").orElseThrow();
            PeopleFixture.signInAs(adminPerson);
            long summaryStart = System.nanoTime();
            int summarised = context.getBean(ReportingMaintenance.class).rebuild();
            System.out.printf("progress summary built for %,d people in %.1f s (nightly, or on an empty summary)%n", summarised,
                    seconds(summaryStart));
            measure(context, seed, server);
        } finally {
            PeopleFixture.signOut();
            context.close();
        }
    }

    private static void measure(ConfigurableApplicationContext context, ProgressSeed seed, String server) throws Exception {
        var team = context.getBean(TeamReports.class);
        var dashboards = context.getBean(Dashboards.class);
        var persons = context.getBean(PersonReports.class);
        var people = context.getBean(PersonRepository.class);
        var managers = new ArrayList<app.stepwise.people.internal.PersonEntity>();
        for (int t = 0; t < seed.managers(); t++) {
            managers.add(people.findById(ProgressSeed.managerId(t)).orElseThrow());
        }
        var admin = people.findByEmail("bench@stepwise.test").orElseThrow();
        int[] rows = new int[1];
        var teamView = time(500, n -> {
            var manager = managers.get(n % managers.size());
            PeopleFixture.signInAs(manager);
            var query = TeamQuery.of(TeamScope.of(new PersonId(manager.getId())));
            rows[0] = team.rows(query, 0, 50).size();
            team.count(query);
        });
        print("team view (50 people: first page + count)", teamView, 20, rows[0] + " rows per view");
        var drillDown = time(100, n -> {
            PeopleFixture.signInAs(managers.get(n % managers.size()));
            persons.report(new PersonId(seed.learnerId((n % managers.size()) * ProgressSeed.TEAM)));
        });
        print("drill-down into one person", drillDown, 0, "");
        PeopleFixture.signInAs(admin);
        var role = time(200, n -> dashboards.role(ProgressSeed.roleId(n % ProgressSeed.ROLES)).orElseThrow());
        print("a role's roll-up", role, 0, "");
        var organisation = time(200, n -> dashboards.organisation());
        print("organisation roll-up (totals)", organisation, 200, "");
        var perRole = time(100, n -> dashboards.roles());
        print("organisation per role (all 20 roles + funnels)", perRole, 200, "");
        var dashboard = time(50, n -> {
            dashboards.organisation();
            dashboards.roles();
            dashboards.modules(ModuleSort.COMPLETION_RATE, false, 0, 50);
            dashboards.certificationsPerMonth(12);
        });
        print("whole dashboard (totals, roles, modules page, 12 months)", dashboard, 200, "");
        var everyone = time(100, n -> team.rows(TeamQuery.of(TeamScope.everyone()), (n % 20) * 50, 50));
        print("everyone, one page of 50 by name (admin)", everyone, 0, "");
        withoutSummary(server, seed);
    }

    /** The organisation's completion per role aggregated from module_progress itself: what the summary saves. */
    private static void withoutSummary(String server, ProgressSeed seed) throws Exception {
        try (Connection connection = DriverManager.getConnection(server + DATABASE, "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE bench_role_module (role_key VARCHAR(120), module_key VARCHAR(120),"
                    + " PRIMARY KEY (role_key, module_key))");
            for (int r = 0; r < ProgressSeed.ROLES; r++) {
                for (String module : seed.requiredModules(r)) {
                    statement.execute("INSERT IGNORE INTO bench_role_module VALUES ('" + ProgressSeed.roleId(r) + "', '" + module + "')");
                }
            }
            String sql = "SELECT e.role_key, COUNT(DISTINCT e.person_id), SUM(CASE WHEN p.completed_at IS NULL THEN 0 ELSE 1 END)"
                    + " FROM enrolment e JOIN bench_role_module rm ON rm.role_key = e.role_key JOIN module_progress p"
                    + " ON p.person_id = e.person_id AND p.module_key = rm.module_key AND p.module_version = 1 GROUP BY e.role_key";
            var direct = time(10, n -> {
                try (var result = statement.executeQuery(sql)) {
                    while (result.next()) {
                        result.getLong(2);
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            print("without the summary: per-role completion from module_progress", direct, 0, "");
        }
    }

    private static ConfigurableApplicationContext start(String server) {
        var properties = Map.<String, Object>of("spring.datasource.url", server + DATABASE, "spring.datasource.username", "root",
                "spring.datasource.password", "", "stepwise.content.import-on-start", "false", "stepwise.demo-data.enabled", "false",
                "stepwise.admin.email", "bench@stepwise.test", "stepwise.admin.password", "bench-admin-password",
                "stepwise.reporting.sweep-enabled", "false", "logging.level.root", "warn", "spring.main.banner-mode", "off");
        var all = new java.util.HashMap<String, Object>(properties);
        try {
            var scratch = java.nio.file.Files.createTempDirectory("stepwise-progress-bench-");
            all.put("stepwise.search.index-dir", scratch.resolve("index").toString());
            all.put("stepwise.search.synonyms-file", scratch.resolve("synonyms.txt").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String[] arguments = StepwiseApplication.withoutWebServer(all).entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(StepwiseApplication.class).web(WebApplicationType.NONE).profiles("mysql").run(arguments);
    }

    private static void awaitListeners(String server) throws Exception {
        try (var connection = DriverManager.getConnection(server + DATABASE, "root", ""); var statement = connection.createStatement()) {
            for (int i = 0; i < 600; i++) {
                try (var result = statement.executeQuery("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL")) {
                    result.next();
                    if (result.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Listeners still busy after a minute");
    }

    /** Runs as many warm-up rounds as samples (the JIT compiles the path), then times each sample; milliseconds. */
    private static double[] time(int samples, IntConsumer sample) {
        for (int n = 0; n < samples; n++) {
            sample.accept(n);
        }
        double[] millis = new double[samples];
        for (int n = 0; n < samples; n++) {
            long start = System.nanoTime();
            sample.accept(n);
            millis[n] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static void print(String what, double[] millis, int targetMillis, String note) {
        System.out.printf("%-58s p50 %8.2f ms   p99 %8.2f ms   (%d samples)%s%s%n", what + ":", percentile(millis, 50),
                percentile(millis, 99), millis.length, targetMillis > 0 ? "   target <= " + targetMillis + " ms" : "",
                note.isEmpty() ? "" : "   " + note);
    }

    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
