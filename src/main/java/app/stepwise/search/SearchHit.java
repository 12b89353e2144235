package app.stepwise.search;

import java.util.List;

/**
 * One hit: a module, one of its sections or one of its steps.
 *
 * @param kind        {@code module}, {@code section} or {@code step}
 * @param section     where in the module: "Step 4: Get budget approval", "Snags"; empty for the module itself
 * @param anchor      the step or section id in the module reader; empty for the module itself
 * @param snippetHtml text around the matches, HTML-escaped, matches wrapped in {@code <mark>}
 * @param url         the module reader at that step, relative to the app: {@code module/<id>#<anchor>}
 * @param sourcePath  the imported file the module came from
 * @param roles       the module's roles
 */
public record SearchHit(String moduleId, String moduleTitle, String kind, String section, String anchor,
                        String snippetHtml, String url, float score, String sourcePath, List<Named> roles) {
    public SearchHit {
        roles = List.copyOf(roles);
    }

    /** An id with the title people read. */
    public record Named(String id, String title) {
    }
}
