package app.stepwise.search;

import java.util.List;

/**
 * A page of hits, best first, with how many there are in all, role and tag facets (counted without the
 * role and tag filters, so the other choices stay visible), and a spelling suggestion when a word is
 * unknown. {@code relaxed} means no unit had every word, so these hits have most or some of them (when
 * only one or two had every word, hits with most words follow them and {@code relaxed} stays false).
 */
public record SearchResults(String query, long total, int offset, int limit, List<SearchHit> hits,
                            List<FacetCount> roles, List<FacetCount> tags, String suggestion, boolean relaxed) {
    public SearchResults {
        hits = List.copyOf(hits);
        roles = List.copyOf(roles);
        tags = List.copyOf(tags);
    }

    public static SearchResults empty(SearchQuery query, String suggestion) {
        return new SearchResults(query.text(), 0, query.offset(), query.limit(), List.of(), List.of(), List.of(), suggestion, false);
    }

    /** A facet value with its label and how many hits have it. */
    public record FacetCount(String value, String label, long count) {
    }
}
