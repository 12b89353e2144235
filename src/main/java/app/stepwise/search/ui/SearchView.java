package app.stepwise.search.ui;

import app.stepwise.search.KnowledgeBase;
import app.stepwise.search.SearchQuery;
import app.stepwise.search.SearchResults;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's results page, {@code search?q=...&role=...&tag=...&page=N}: hits with their
 * step or section, highlighted snippets and roles; role and tag facets to narrow them; paging; "Did
 * you mean". Everything lives in the URL, so a results page can be shared and the back button works.
 */
@Route("search")
@PageTitle("Knowledge base")
@Menu(order = 1, icon = "vaadin:search", title = "Knowledge base")
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver {
    static final int PAGE_SIZE = 10;
    static final int TAGS_SHOWN = 12;

    private final transient KnowledgeBase knowledgeBase;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final CheckboxGroup<SearchResults.FacetCount> roleFacet = new CheckboxGroup<>("Roles");
    private final CheckboxGroup<SearchResults.FacetCount> tagFacet = new CheckboxGroup<>("Tags");
    private final Details filterPanel = new Details("Filter by role or tag");
    private String text = "";
    private Set<String> roles = Set.of();
    private Set<String> tags = Set.of();

    public SearchView(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        addClassNames("page", "search-page");
        query.setId("search-page-field");
        query.setPlaceholder("Ask how something is done, e.g. “how do we issue a refund”");
        query.setAriaLabel("Search the knowledge base");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.addClassName("search-page-field");
        var go = new Button("Search", click -> go(query.getValue(), roles, tags, 0));
        go.setId("search-page-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER).listenOn(query);
        var bar = new Div(query, go);
        bar.addClassName("search-page-bar");
        roleFacet.setId("role-facet");
        tagFacet.setId("tag-facet");
        for (var facet : List.of(roleFacet, tagFacet)) {
            facet.setItemLabelGenerator(f -> f.label() + " (" + f.count() + ")");
            facet.addClassName("search-facet");
            facet.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    go(text, values(roleFacet), values(tagFacet), 0);
                }
            });
        }
        results.setId("search-results");
        results.addClassName("search-results");
        var facets = new Div(roleFacet, tagFacet);
        facets.addClassName("search-facets");
        facets.setId("search-facets");
        filterPanel.add(facets);
        filterPanel.setId("search-filters");
        filterPanel.addClassName("search-filters");
        filterPanel.setOpened(true);
        // On a phone the filters start folded, so the first hit is on the first screen.
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> filterPanel.setOpened(
                details.getWindowInnerWidth() >= ResponsiveColumns.PHONE_WIDTH || !roles.isEmpty() || !tags.isEmpty())));
        var body = new Div(filterPanel, results);
        body.addClassName("search-body");
        add(bar, body);
    }

    static QueryParameters parameters(String text, Map<String, Set<String>> filters, int page) {
        var parameters = new HashMap<String, List<String>>();
        if (!text.isBlank()) {
            parameters.put("q", List.of(text));
        }
        if (filters != null) {
            filters.forEach((name, values) -> {
                if (!values.isEmpty()) {
                    parameters.put(name, values.stream().sorted().toList());
                }
            });
        }
        if (page > 0) {
            parameters.put("page", List.of(Integer.toString(page + 1)));
        }
        return new QueryParameters(parameters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        text = parameters.getOrDefault("q", List.of("")).getFirst();
        roles = new LinkedHashSet<>(parameters.getOrDefault("role", List.of()));
        tags = new LinkedHashSet<>(parameters.getOrDefault("tag", List.of()));
        int page = parameters.getOrDefault("page", List.of("1")).stream().findFirst()
                .filter(p -> p.matches("\\d{1,3}")).map(Integer::parseInt).orElse(1) - 1;
        query.setValue(text);
        show(page);
    }

    private void go(String newText, Set<String> newRoles, Set<String> newTags, int page) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class,
                parameters(newText.strip(), Map.of("role", newRoles, "tag", newTags), page)));
    }

    private void show(int page) {
        results.removeAll();
        if (text.isBlank()) {
            filterPanel.setVisible(false);
            results.add(hint());
            return;
        }
        var found = knowledgeBase.search(new SearchQuery(text, roles, tags, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE, false));
        facet(roleFacet, found.roles(), roles);
        facet(tagFacet, found.tags().stream().limit(TAGS_SHOWN).toList(), tags);
        filterPanel.setVisible(roleFacet.isVisible() || tagFacet.isVisible());
        if (found.suggestion() != null) {
            results.add(didYouMean(found.suggestion()));
        }
        var summary = new Paragraph(summary(found));
        summary.setId("search-summary");
        summary.addClassName("search-summary");
        results.add(summary);
        if (found.relaxed()) {
            var relaxed = new Paragraph("No step has all of your words; these have most or some of them.");
            relaxed.addClassName("search-relaxed");
            results.add(relaxed);
        }
        int rank = found.offset();
        for (var hit : found.hits()) {
            results.add(SearchResultsList.hit(hit, ++rank));
        }
        results.add(pager(found, page));
    }

    private static void facet(CheckboxGroup<SearchResults.FacetCount> group, List<SearchResults.FacetCount> counts,
                              Set<String> chosen) {
        group.setVisible(!counts.isEmpty());
        group.setItems(counts);
        group.setValue(counts.stream().filter(c -> chosen.contains(c.value())).collect(java.util.stream.Collectors.toSet()));
    }

    private static Set<String> values(CheckboxGroup<SearchResults.FacetCount> group) {
        return group.getValue().stream().map(SearchResults.FacetCount::value)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    private Component didYouMean(String suggestion) {
        var link = new Anchor("search?q=" + java.net.URLEncoder.encode(suggestion, java.nio.charset.StandardCharsets.UTF_8), suggestion);
        link.setId("did-you-mean");
        var line = new Paragraph(new Span("Did you mean "), link, new Span("?"));
        line.addClassName("search-did-you-mean");
        return line;
    }

    private String summary(SearchResults found) {
        String filters = roles.isEmpty() && tags.isEmpty() ? "" : " (filtered)";
        if (found.total() == 0) {
            return "Nothing found for “" + text.strip() + "”" + filters + ". Try fewer or other words.";
        }
        return found.total() + (found.total() == 1 ? " result" : " results") + " for “" + text.strip() + "”" + filters;
    }

    private Component pager(SearchResults found, int page) {
        long pages = Math.min((found.total() + PAGE_SIZE - 1) / PAGE_SIZE, (SearchQuery.MAX_OFFSET / PAGE_SIZE) + 1);
        var pager = new Div();
        pager.addClassName("search-pager");
        if (pages <= 1) {
            return pager;
        }
        var previous = new Button("Previous", click -> go(text, roles, tags, page - 1));
        previous.setId("search-previous");
        previous.setEnabled(page > 0);
        var next = new Button("Next", click -> go(text, roles, tags, page + 1));
        next.setId("search-next");
        next.setEnabled(page + 1 < pages);
        var where = new Span("Page " + (page + 1) + " of " + pages);
        pager.add(previous, where, next);
        return pager;
    }

    private static Component hint() {
        var card = new Div(new H3("Ask how something is done"),
                new Paragraph("Every published process is searchable down to the step: try “who approves a purchase over budget”, "
                        + "“\"three-way match\"” for an exact phrase, or a role's name. Typos are forgiven. Press / on any page to search."));
        card.addClassNames("card", "search-hint");
        card.setId("search-hint");
        return card;
    }
}
