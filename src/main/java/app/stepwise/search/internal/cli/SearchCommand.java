package app.stepwise.search.internal.cli;

import app.stepwise.search.SearchHit;
import app.stepwise.search.SearchJson;
import app.stepwise.search.SearchQuery;
import app.stepwise.search.SearchResults;
import app.stepwise.search.internal.KnowledgeIndex;
import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar stepwise.jar search "query" [--json]}: the hits {@code GET /api/search} returns, for
 * scripts and for checking relevance. Exit code 0 with hits, 1 without.
 */
@Component
@Order(50)
@ConditionalOnProperty("stepwise.cli.search.query")
class SearchCommand implements ApplicationRunner, ExitCodeGenerator {
    private final KnowledgeIndex index;
    private final SearchQuery query;
    private final boolean json;
    private final boolean facets;
    private int exitCode;

    SearchCommand(KnowledgeIndex index, @Value("${stepwise.cli.search.query}") String text,
                  @Value("${stepwise.cli.search.json:false}") boolean json,
                  @Value("${stepwise.cli.search.role:}") String roles, @Value("${stepwise.cli.search.tag:}") String tags,
                  @Value("${stepwise.cli.search.limit:" + SearchQuery.DEFAULT_LIMIT + "}") int limit,
                  @Value("${stepwise.cli.search.offset:0}") int offset,
                  @Value("${stepwise.cli.search.facets:false}") boolean facets) {
        this.index = index;
        this.json = json;
        this.facets = facets;
        this.query = new SearchQuery(text, values(roles), values(tags), offset, limit, false);
    }

    private static Set<String> values(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void run(ApplicationArguments args) {
        // The same search as the API; the command line has no person, so no @PreAuthorize.
        var results = index.search(query, facets);
        System.out.println(json ? SearchJson.of(results) : text(results));
        exitCode = results.hits().isEmpty() ? 1 : 0;
    }

    static String text(SearchResults results) {
        var out = new StringBuilder();
        out.append(results.total()).append(results.total() == 1 ? " hit" : " hits").append(" for \"")
                .append(results.query().strip()).append('"');
        if (!results.hits().isEmpty()) {
            out.append(" (").append(results.offset() + 1).append('-').append(results.offset() + results.hits().size()).append(')');
        }
        out.append('\n');
        if (results.suggestion() != null) {
            out.append("Did you mean: ").append(results.suggestion()).append('\n');
        }
        if (results.relaxed()) {
            out.append("No entry has all the words; these have most or some of them.\n");
        }
        int rank = results.offset();
        for (SearchHit hit : results.hits()) {
            out.append(String.format("%3d. %s%s  [%.2f]%n", ++rank, hit.moduleTitle(),
                    hit.section().isEmpty() ? "" : " > " + hit.section(), hit.score()));
            out.append("     ").append(plain(hit.snippetHtml())).append('\n');
            out.append("     ").append(hit.url()).append("  (").append(hit.sourcePath()).append(")\n");
        }
        return out.toString().stripTrailing();
    }

    /** The snippet for a terminal: matches in [brackets], entities decoded. */
    static String plain(String snippetHtml) {
        return snippetHtml.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
