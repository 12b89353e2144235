package app.stepwise.search;

import app.stepwise.audit.AuditLog;
import app.stepwise.search.internal.KnowledgeIndex;
import app.stepwise.search.internal.Synonyms;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The knowledge base: every published process searchable by every signed-in person, down to the step.
 * Trainers and admins keep the synonym list; admins can rebuild the index.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class KnowledgeBase {
    private final KnowledgeIndex index;
    private final AuditLog auditLog;

    KnowledgeBase(KnowledgeIndex index, AuditLog auditLog) {
        this.index = index;
        this.auditLog = auditLog;
    }

    /** A page of hits with role and tag facets. */
    public SearchResults search(SearchQuery query) {
        return search(query, true);
    }

    /** A page of hits; facets cost a count over every match, so callers that show none skip them. */
    public SearchResults search(SearchQuery query, boolean withFacets) {
        return index.search(query, withFacets);
    }

    /** Hits while typing: the last word counts as a prefix, no facets. */
    public SearchResults instant(String text, int limit) {
        return index.search(new SearchQuery(text, null, null, 0, limit, true), false);
    }

    @PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
    public String synonyms() {
        return index.synonymsText();
    }

    /** Checks and stores the synonym list; searches use it at once (no reindex needed). */
    @PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
    public int saveSynonyms(String text) {
        try {
            int phrases = index.saveSynonyms(text == null ? "" : text);
            auditLog.record("SEARCH_SYNONYMS_CHANGED", "synonyms", phrases + " phrases with synonyms");
            return phrases;
        } catch (Synonyms.SynonymProblem problem) {
            throw new InvalidInputException("synonyms", problem.getMessage());
        }
    }

    /** Rebuilds the index from the database; the number of entries. */
    @PreAuthorize("hasRole('" + Authority.Names.ADMIN + "')")
    public int reindex() {
        return index.rebuild(null, "asked for in the app");
    }
}
