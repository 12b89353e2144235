package app.stepwise.search.internal.web;

import app.stepwise.search.KnowledgeBase;
import app.stepwise.search.SearchJson;
import app.stepwise.search.SearchQuery;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&role=&tag=&limit=&offset=[&facets=true]} for intranet and chat integrations: the
 * signed-in session or a personal API token ({@code Authorization: Bearer ...}); the same JSON as the
 * command line. Role and tag counts only when asked for: counting every match costs more than the hits.
 */
@RestController
class SearchApiController {
    static final String PATH = "/api/search";
    private final KnowledgeBase knowledgeBase;

    SearchApiController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> search(@RequestParam(defaultValue = "") String q,
                                  @RequestParam(required = false) List<String> role,
                                  @RequestParam(required = false) List<String> tag,
                                  @RequestParam(defaultValue = "" + SearchQuery.DEFAULT_LIMIT) int limit,
                                  @RequestParam(defaultValue = "0") int offset,
                                  @RequestParam(defaultValue = "false") boolean facets) {
        if (q.isBlank()) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body("{\"error\":\"missing_query\",\"message\":\"Pass the question as q, e.g. /api/search?q=refund\"}");
        }
        var query = new SearchQuery(q, role == null ? Set.of() : Set.copyOf(role), tag == null ? Set.of() : Set.copyOf(tag),
                offset, limit, false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(SearchJson.of(knowledgeBase.search(query, facets)));
    }
}
