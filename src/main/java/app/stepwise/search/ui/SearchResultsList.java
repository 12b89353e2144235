package app.stepwise.search.ui;

import app.stepwise.search.SearchHit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** How one hit looks on the results page; the snippet is shared with the header's instant results. */
final class SearchResultsList {
    private SearchResultsList() {
    }

    /**
     * The highlighted snippet. Safe as HTML: the index escapes the text and adds only {@code <mark>};
     * anything else is escaped again here in case that ever changes.
     */
    static Component snippet(SearchHit hit) {
        String safe = hit.snippetHtml().replace("<mark>", "\u0001").replace("</mark>", "\u0002")
                .replace("<", "&lt;").replace(">", "&gt;").replace("\u0001", "<mark>").replace("\u0002", "</mark>");
        return new Html("<span class='search-snippet'>" + safe + "</span>");
    }

    static Component hit(SearchHit hit, int rank) {
        // router-ignore: a full load, so the reader scrolls to the step named in the fragment and highlights it.
        var title = new Anchor(hit.url(), hit.moduleTitle());
        title.getElement().setAttribute("router-ignore", true);
        title.addClassName("search-hit-title");
        var where = new Span(hit.section().isEmpty() ? "Overview" : hit.section());
        where.addClassName("search-hit-where");
        var roles = new Div();
        roles.addClassName("search-hit-roles");
        hit.roles().forEach(role -> {
            var badge = new Span(role.title());
            badge.getElement().getThemeList().add("badge");
            roles.add(badge);
        });
        var item = new Div(title, where, snippet(hit), roles);
        item.addClassNames("search-hit", "search-hit-" + hit.kind());
        item.setId("search-hit-" + rank);
        item.getElement().setAttribute("data-url", hit.url());
        return item;
    }
}
