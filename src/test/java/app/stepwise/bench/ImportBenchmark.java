package app.stepwise.bench;

import app.stepwise.StepwiseApplication;
import app.stepwise.content.ContentParser;
import app.stepwise.content.ContentValidator;
import app.stepwise.content.ImportOutcome;
import app.stepwise.content.ImportReport;
import app.stepwise.content.SourceFile;
import app.stepwise.content.internal.importing.ContentImporter;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Generates N process docs, then measures on each database: validation alone, parsing alone, the first
 * import (validate + store, one transaction per document), an unchanged re-import and a re-import with
 * 1% of the docs changed. Prints docs/s, ratios and the share of the import spent parsing.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.docs", 10_000);
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,mariadb").split(","));
        var files = SyntheticDocs.generate(count, 42);
        System.out.printf("%nImport benchmark: %,d synthetic process docs (%,d KB), Java %s, %d cores%n", count,
                files.stream().mapToLong(f -> f.bytes().length).sum() / 1024, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        warmUp(files);
        long parseNanos = time(() -> files.forEach(new ContentParser()::parse));
        long validateNanos = time(() -> new ContentValidator().validate(files));
        System.out.printf("parse only:     %8.2f s  %,8.0f docs/s%n", seconds(parseNanos), rate(count, parseNanos));
        System.out.printf("validate batch: %8.2f s  %,8.0f docs/s%n", seconds(validateNanos), rate(count, validateNanos));
        for (String database : databases) {
            run(database.trim(), files, validateNanos);
        }
    }

    private static void run(String database, List<SourceFile> files, long validateNanos) throws Exception {
        // As arguments: they must win over application.properties and the mysql profile.
        String[] arguments = StepwiseApplication.withoutWebServer(properties(database)).entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        var context = new SpringApplicationBuilder(StepwiseApplication.class).web(WebApplicationType.NONE)
                .profiles(database.equals("mariadb") ? "mysql" : "default").run(arguments);
        try {
            try (var connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
                System.out.printf("%n[%s] %s%n", database, connection.getMetaData().getURL());
            }
            var importer = context.getBean(ContentImporter.class);
            int count = files.size();
            ImportReport[] report = new ImportReport[1];
            long first = time(() -> report[0] = importer.importFiles(files, "bench", "bench"));
            check(report[0], ImportOutcome.NEW, count);
            long unchanged = time(() -> report[0] = importer.importFiles(files, "bench", "bench"));
            check(report[0], ImportOutcome.UNCHANGED, count);
            var onePercentChanged = new java.util.ArrayList<>(files);
            for (int i = 0; i < count; i += 100) {
                onePercentChanged.set(i, SyntheticDocs.withEditedStep(files.get(i)));
            }
            long partial = time(() -> report[0] = importer.importFiles(onePercentChanged, "bench", "bench"));
            check(report[0], ImportOutcome.UPDATED, (count + 99) / 100);
            System.out.printf("first import:        %8.2f s  %,8.0f docs/s  (validation, i.e. parallel parsing, %.0f%% of it)%n",
                    seconds(first), rate(count, first), 100.0 * validateNanos / first);
            System.out.printf("unchanged re-import: %8.2f s  %,8.0f docs/s  (%.1fx faster than the first import)%n",
                    seconds(unchanged), rate(count, unchanged), (double) first / unchanged);
            System.out.printf("1%% changed re-import: %7.2f s  %,8.0f docs/s%n", seconds(partial), rate(count, partial));
        } finally {
            context.close();
        }
    }

    private static Map<String, Object> properties(String database) throws Exception {
        var common = new java.util.HashMap<String, Object>(Map.of("stepwise.content.import-on-start", "false",
                "stepwise.demo-data.enabled", "false", "stepwise.admin.email", "bench@stepwise.test",
                "stepwise.admin.password", "bench-admin-password", "logging.level.root", "warn",
                "spring.main.banner-mode", "off"));
        // The search index follows imports: keep it (and the synonym file) out of the working tree.
        var scratch = java.nio.file.Files.createTempDirectory("stepwise-bench-");
        common.put("stepwise.search.index-dir", scratch.resolve("index").toString());
        common.put("stepwise.search.synonyms-file", scratch.resolve("synonyms.txt").toString());
        if (database.equals("mariadb")) {
            String server = System.getenv().getOrDefault("STEPWISE_TEST_MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");
            try (var connection = DriverManager.getConnection(server, "root", "");
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS stepwise_bench");
                statement.execute("CREATE DATABASE stepwise_bench CHARACTER SET utf8mb4");
            }
            common.put("spring.datasource.url", server + "stepwise_bench");
            common.put("spring.datasource.username", "root");
            common.put("spring.datasource.password", "");
        } else {
            common.put("spring.datasource.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        }
        return common;
    }

    private static void check(ImportReport report, ImportOutcome outcome, long expected) {
        if (report.count(outcome) != expected) {
            throw new IllegalStateException("Expected " + expected + " " + outcome + " but got " + report.summary()
                    + "; first problem: " + report.problems().stream().findFirst().orElse(null));
        }
    }

    private static void warmUp(List<SourceFile> files) {
        var parser = new ContentParser();
        for (int round = 0; round < 2; round++) {
            files.subList(0, Math.min(files.size(), 2000)).forEach(parser::parse);
        }
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double rate(int count, long nanos) {
        return count / seconds(nanos);
    }
}
