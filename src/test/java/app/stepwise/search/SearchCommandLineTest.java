package app.stepwise.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.StepwiseApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import}, {@code reindex} and {@code search} as an operator runs them: against a data directory,
 * without the web server (here in-process, so the output can be read).
 */
class SearchCommandLineTest {
    record Run(int exitCode, String out) {
    }

    private static Run run(Path dataDir, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.add("--stepwise.data-dir=" + dataDir);
        var captured = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exitCode = StepwiseApplication.runCommand(all.toArray(String[]::new));
            return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void reindex_and_search_work_on_a_data_directory_and_json_matches_the_api() throws Exception {
        Path dataDir = Files.createTempDirectory("stepwise-cli-search");
        var imported = run(dataDir, "import", Path.of("content").toAbsolutePath().toString());
        assertThat(imported.exitCode()).as(imported.out()).isZero();

        var reindex = run(dataDir, "reindex");
        assertThat(reindex.exitCode()).isZero();
        assertThat(reindex.out()).containsPattern("Search index rebuilt: 16 modules, \\d+ entries");
        assertThat(dataDir.resolve("index")).isDirectory();
        try (var db = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("stepwise"), "sa", "");
             var audit = db.createStatement().executeQuery(
                     "select actor, details from audit_entry where action = 'SEARCH_REINDEXED' order by id desc")) {
            assertThat(audit.next()).as("the reindex is in the audit log").isTrue();
            assertThat(audit.getString("actor")).isEqualTo("cli");
            assertThat(audit.getString("details")).contains("16 modules", "from the command line");
        }

        var text = run(dataDir, "search", "who approves a purchase over budget", "--limit=3");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Purchasing, from requirement to payment > Step 4: Get budget approval")
                .contains("module/purchasing#step-");

        var json = run(dataDir, "search", "exit interview", "--json", "--facets", "--role=operations-coordinator");
        assertThat(json.exitCode()).isZero();
        String line = json.out().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        assertThat(json.out().strip()).as("nothing but the JSON on standard output").isEqualTo(line);
        var body = JsonMapper.builder().build().readTree(line);
        assertThat(body.get("hits").get(0).get("moduleId").asString()).isEqualTo("employee-offboarding");
        assertThat(body.get("hits").get(0).get("url").asString()).startsWith("module/employee-offboarding#");
        assertThat(body.get("facets").get("roles").get(0).get("label").asString()).isNotEmpty();

        assertThat(run(dataDir, "search", "xqzvw").exitCode()).as("no hits").isEqualTo(1);
    }
}
