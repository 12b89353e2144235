package app.stepwise.search;

import java.util.Set;

/**
 * A knowledge-base query: the typed text (quotes make phrases), optional role and tag filters (a hit
 * must have one of the given roles and one of the given tags), a page, and whether the last word may
 * still be being typed (instant results match it as a prefix).
 */
public record SearchQuery(String text, Set<String> roles, Set<String> tags, int offset, int limit, boolean asYouType) {
    public static final int MAX_LIMIT = 50;
    public static final int MAX_OFFSET = 1_000;
    public static final int DEFAULT_LIMIT = 10;

    public SearchQuery {
        text = text == null ? "" : text.stripLeading(); // a trailing space tells that the last word is finished
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        offset = Math.clamp(offset, 0, MAX_OFFSET);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), 0, DEFAULT_LIMIT, false);
    }

    public SearchQuery withRoles(Set<String> chosen) {
        return new SearchQuery(text, chosen, tags, 0, limit, asYouType);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, roles, tags, newOffset, newLimit, asYouType);
    }
}
