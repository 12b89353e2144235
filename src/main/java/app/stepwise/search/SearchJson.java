package app.stepwise.search;

import java.util.List;
import java.util.Locale;

/**
 * The JSON of search results, written the same way for {@code GET /api/search} and for
 * {@code stepwise.jar search --json}. Written by hand: a small, fixed shape that must not change with a
 * JSON library's defaults.
 */
public final class SearchJson {
    private SearchJson() {
    }

    public static String of(SearchResults results) {
        var json = new StringBuilder(1024).append('{');
        field(json, "query", results.query()).append(',');
        json.append("\"total\":").append(results.total()).append(',');
        json.append("\"offset\":").append(results.offset()).append(',');
        json.append("\"limit\":").append(results.limit()).append(',');
        json.append("\"relaxed\":").append(results.relaxed()).append(',');
        field(json, "suggestion", results.suggestion()).append(',');
        json.append("\"hits\":[");
        for (int i = 0; i < results.hits().size(); i++) {
            json.append(i == 0 ? "" : ",");
            hit(json, results.hits().get(i));
        }
        json.append("],\"facets\":{\"roles\":");
        facets(json, results.roles());
        json.append(",\"tags\":");
        facets(json, results.tags());
        return json.append("}}").toString();
    }

    private static void hit(StringBuilder json, SearchHit hit) {
        json.append('{');
        field(json, "moduleId", hit.moduleId()).append(',');
        field(json, "moduleTitle", hit.moduleTitle()).append(',');
        field(json, "kind", hit.kind()).append(',');
        field(json, "section", hit.section()).append(',');
        field(json, "anchor", hit.anchor()).append(',');
        field(json, "snippet", hit.snippetHtml()).append(',');
        field(json, "url", hit.url()).append(',');
        json.append("\"score\":").append(String.format(Locale.ROOT, "%.4f", hit.score())).append(',');
        field(json, "sourcePath", hit.sourcePath()).append(',');
        json.append("\"roles\":[");
        for (int i = 0; i < hit.roles().size(); i++) {
            json.append(i == 0 ? "{" : ",{");
            field(json, "id", hit.roles().get(i).id()).append(',');
            field(json, "title", hit.roles().get(i).title()).append('}');
        }
        json.append("]}");
    }

    private static void facets(StringBuilder json, List<SearchResults.FacetCount> facets) {
        json.append('[');
        for (int i = 0; i < facets.size(); i++) {
            json.append(i == 0 ? "{" : ",{");
            field(json, "value", facets.get(i).value()).append(',');
            field(json, "label", facets.get(i).label()).append(',');
            json.append("\"count\":").append(facets.get(i).count()).append('}');
        }
        json.append(']');
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        return value == null ? json.append("null") : string(json, value);
    }

    static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<' -> json.append("\\u003c"); // safe even if someone serves it as HTML
                case '>' -> json.append("\\u003e");
                case '&' -> json.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
