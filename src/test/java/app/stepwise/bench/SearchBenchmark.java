package app.stepwise.bench;

import app.stepwise.search.SearchQuery;
import app.stepwise.search.internal.IndexedUnit;
import app.stepwise.search.internal.KnowledgeSearcher;
import app.stepwise.search.internal.LuceneIndex;
import app.stepwise.search.internal.Synonyms;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base against MariaDB on the same 100,000 sections, in one run: Lucene (our whole query
 * path as the API runs it: stemming, typo tolerance, Did you mean, highlighted snippets of the top 10;
 * and again with the role and tag facets the results page adds), InnoDB FULLTEXT
 * ({@code MATCH ... AGAINST}, top 10 by relevance) and {@code LIKE '%...%'} (first 10). Prints indexing
 * throughput, p50/p99 latency per engine over the same 200 queries, and the ratios.
 * {@code ./mvnw -Pbench test -Dbench.main=app.stepwise.bench.SearchBenchmark [-Dbench.sections=100000]}
 */
public final class SearchBenchmark {
    private static final int TOP = 10;
    private static final int LUCENE_ROUNDS = 5;
    /**
     * Rounds of the mix before timing: with three, the JIT (sharing two cores) was still compiling during
     * the first timed round, whose queries made most of the slowest 1%. A server is measured warm.
     */
    private static final int LUCENE_WARM_UP_ROUNDS = 10;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.sections", 100_000);
        var corpus = new SyntheticSections(count, 7);
        var queries = corpus.queries();
        System.out.printf("%nSearch benchmark: %,d sections (%,d KB of text, vocabulary %,d words), %d queries, Java %s, %d cores%n",
                count, corpus.units.stream().mapToLong(u -> u.text().length() + u.heading().length()).sum() / 1024,
                corpus.vocabulary.size(), queries.size(), Runtime.version(), Runtime.getRuntime().availableProcessors());

        double[] lucene;
        double[] withFacets;
        var folder = Files.createTempDirectory("stepwise-search-bench");
        try (var index = LuceneIndex.open(folder, false)) {
            long start = System.nanoTime();
            index.refill(add -> { // as a rebuild fills it: merged into one segment at the end
                for (int from = 0; from < count; from += 1_000) {
                    add.accept(corpus.units.subList(from, Math.min(count, from + 1_000)));
                }
            });
            long indexing = System.nanoTime() - start;
            System.out.printf("Lucene indexing: %.2f s, %,.0f sections/s (target >= 5,000)%n", indexing / 1e9, count / (indexing / 1e9));
            lucene = lucene(index, queries, false);
            withFacets = lucene(index, queries, true);
        } finally {
            try (var files = Files.walk(folder)) { // about 120 MB
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        print("Lucene, top 10 highlighted (API)", lucene, null);
        print("Lucene, + role/tag facets (results page)", withFacets, null);
        for (var kind : List.of("single terms", "two terms", "phrases", "misspellings")) {
            int from = switch (kind) { case "single terms" -> 0; case "two terms" -> 80; case "phrases" -> 140; default -> 180; };
            int to = switch (kind) { case "single terms" -> 80; case "two terms" -> 140; case "phrases" -> 180; default -> 220; };
            var part = new ArrayList<Double>();
            for (int round = 0; round < LUCENE_ROUNDS; round++) {
                for (int i = from; i < to; i++) {
                    part.add(lucene[round * queries.size() + i]);
                }
            }
            print("  of which " + kind, part.stream().mapToDouble(Double::doubleValue).toArray(), null);
        }

        if (!Boolean.parseBoolean(System.getProperty("bench.mariadb", "true"))) {
            return; // -Dbench.mariadb=false: Lucene only, for quick tuning
        }
        String server = System.getenv().getOrDefault("STEPWISE_TEST_MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");
        try (var connection = mariaDb(server, corpus.units)) {
            var fulltext = sql(connection, queries, SearchBenchmark::fulltext);
            var like = sql(connection, queries, SearchBenchmark::like);
            print("MariaDB MATCH ... AGAINST (InnoDB FULLTEXT)", fulltext, lucene);
            print("MariaDB LIKE '%...%'", like, lucene);
            System.out.printf("%nAt p99 Lucene is %.0fx faster than FULLTEXT (target >= 20x) and %.0fx faster than LIKE (target >= 200x).%n",
                    percentile(fulltext, 99) / percentile(lucene, 99), percentile(like, 99) / percentile(lucene, 99));
            try (var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE stepwise_bench_search");
            }
        }
    }

    private static double[] lucene(LuceneIndex index, List<String> queries, boolean facets) {
        var searcher = new KnowledgeSearcher();
        var synonyms = Synonyms.none();
        Map<String, String> roles = Map.of();
        for (int warm = 0; warm < LUCENE_WARM_UP_ROUNDS; warm++) {
            queries.forEach(q -> searcher.search(index, synonyms, new SearchQuery(q, null, null, 0, TOP, false), facets, roles));
        }
        var millis = new ArrayList<Double>();
        long hits = 0;
        long[] gcBefore = gc();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int round = 0; round < LUCENE_ROUNDS; round++) {
            for (String q : queries) {
                long start = System.nanoTime();
                var results = searcher.search(index, synonyms, new SearchQuery(q, null, null, 0, TOP, false), facets, roles);
                millis.add((System.nanoTime() - start) / 1e6);
                hits += results.hits().stream().filter(h -> h.snippetHtml().contains("<mark>")).count();
            }
        }
        long[] gcAfter = gc();
        System.out.printf("Lucene%s: %,d highlighted snippets over %d rounds; %d garbage collections (%d ms) during them;"
                        + " machine load %.1f before, %.1f after%n", facets ? " with facets" : "", hits, LUCENE_ROUNDS,
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Garbage collections so far and their total time in ms: a pause inside a timed query shows in p99. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static Connection mariaDb(String server, List<IndexedUnit> units) throws SQLException {
        try (var admin = DriverManager.getConnection(server, "root", ""); var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS stepwise_bench_search");
            statement.execute("CREATE DATABASE stepwise_bench_search CHARACTER SET utf8mb4");
        }
        var connection = DriverManager.getConnection(server + "stepwise_bench_search?rewriteBatchedStatements=true", "root", "");
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_section (id INT PRIMARY KEY, module VARCHAR(64) NOT NULL,"
                    + " heading VARCHAR(300) NOT NULL, body TEXT NOT NULL) ENGINE=InnoDB");
        }
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        try (var insert = connection.prepareStatement("INSERT INTO bench_section (id, module, heading, body) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < units.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, units.get(i).moduleId());
                insert.setString(3, units.get(i).heading());
                insert.setString(4, units.get(i).text());
                insert.addBatch();
                if (i % 2_000 == 1_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        long loaded = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE bench_section ADD FULLTEXT INDEX ft_section (heading, body)");
            statement.execute("ANALYZE TABLE bench_section");
        }
        System.out.printf("MariaDB: rows loaded in %.2f s, FULLTEXT index built in %.2f s%n", (loaded - start) / 1e9,
                (System.nanoTime() - loaded) / 1e9);
        return connection;
    }

    interface SqlQuery {
        int run(Connection connection, String query) throws SQLException;
    }

    private static double[] sql(Connection connection, List<String> queries, SqlQuery kind) throws SQLException {
        for (String q : queries.subList(0, 20)) {
            kind.run(connection, q); // warm the buffer pool and the statement path
        }
        double[] millis = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            kind.run(connection, queries.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /** Natural-language relevance for words; boolean mode for AND of two terms and for phrases. */
    private static int fulltext(Connection connection, String query) throws SQLException {
        String[] words = query.replace("\"", "").split(" ");
        String against = SyntheticSections.isPhrase(query) ? query : words.length > 1
                ? String.join(" ", Arrays.stream(words).map(w -> "+" + w).toList()) : query;
        String mode = SyntheticSections.isPhrase(query) || words.length > 1 ? "IN BOOLEAN MODE" : "IN NATURAL LANGUAGE MODE";
        String sql = "SELECT id, heading, body, MATCH(heading, body) AGAINST (? " + mode + ") AS score FROM bench_section"
                + " WHERE MATCH(heading, body) AGAINST (? " + mode + ") ORDER BY score DESC LIMIT " + TOP;
        return rows(connection, sql, against, against);
    }

    /** Every word (or the phrase) somewhere in the heading or body; no ranking is possible, so the first 10. */
    private static int like(Connection connection, String query) throws SQLException {
        var terms = SyntheticSections.isPhrase(query) ? List.of(query.replace("\"", "")) : List.of(query.split(" "));
        var where = String.join(" AND ", terms.stream().map(t -> "(heading LIKE ? OR body LIKE ?)").toList());
        var parameters = terms.stream().flatMap(t -> java.util.stream.Stream.of("%" + t + "%", "%" + t + "%")).toArray(String[]::new);
        return rows(connection, "SELECT id, heading, body FROM bench_section WHERE " + where + " LIMIT " + TOP, parameters);
    }

    private static int rows(Connection connection, String sql, String... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            int rows = 0;
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    result.getString(3);
                    rows++;
                }
            }
            return rows;
        }
    }

    private static void print(String engine, double[] millis, double[] baseline) {
        double p50 = percentile(millis, 50);
        double p99 = percentile(millis, 99);
        String ratio = baseline == null ? "" : String.format("   (%.0fx Lucene at p50, %.0fx at p99)",
                p50 / percentile(baseline, 50), p99 / percentile(baseline, 99));
        System.out.printf("%-46s p50 %8.2f ms   p99 %8.2f ms   (%d samples)%s%n", engine + ":", p50, p99, millis.length, ratio);
    }

    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
