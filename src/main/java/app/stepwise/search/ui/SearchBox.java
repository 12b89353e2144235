package app.stepwise.search.ui;

import app.stepwise.search.KnowledgeBase;
import app.stepwise.search.SearchHit;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search field in the header of every page: results appear under it as you type (arrow keys move
 * through them, Enter opens one), Enter in the field opens the full results page, and {@code /}
 * anywhere outside a text field jumps into it. At phone width it shrinks to a button to the results page.
 */
class SearchBox extends Div {
    static final int INSTANT_HITS = 6;

    private final TextField field = new TextField();
    private final Popover popover = new Popover();
    private final Div suggestions = new Div();
    private final transient KnowledgeBase knowledgeBase;

    SearchBox(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        addClassName("search-box");
        field.setId("search-field");
        field.addClassName("search-field");
        field.setPlaceholder("Search processes  ( / )");
        field.setAriaLabel("Search the knowledge base");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(150);
        field.addValueChangeListener(change -> showInstant(change.getValue()));
        // Enter sends the text as typed: the lazy value may still be on its way.
        field.getElement().addEventListener("keydown", event -> openResults(event.getEventData().get("element.value").asString()))
                .addEventData("element.value").setFilter("event.key === 'Enter'");
        var phoneButton = new Button(VaadinIcon.SEARCH.create(), click -> openResults(""));
        phoneButton.setId("search-button");
        phoneButton.addClassName("search-phone-button");
        phoneButton.setAriaLabel("Search the knowledge base");
        phoneButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        add(field, phoneButton, popover());
    }

    private Popover popover() {
        popover.setTarget(field);
        popover.setId("search-popover");
        popover.setAriaLabel("Search results");
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.setOpenOnClick(false);
        popover.setOpenOnFocus(false);
        popover.setAutofocus(false);
        popover.addClassName("search-popover");
        suggestions.setId("search-suggestions");
        suggestions.addClassName("search-suggestions");
        suggestions.getElement().setAttribute("role", "listbox");
        popover.add(suggestions);
        return popover;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // "/" jumps to the field, except while typing in another field; arrow down moves into the results.
        field.getElement().executeJs("""
                const field = this;
                if (!window.stepwiseSearchSlash) {
                  window.stepwiseSearchSlash = true;
                  document.addEventListener('keydown', e => {
                    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
                    const target = e.composedPath()[0];
                    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
                    const box = document.getElementById('search-field');
                    if (box && box.getClientRects().length > 0) { e.preventDefault(); box.focus(); }
                  });
                }
                field.addEventListener('keydown', e => {
                  const first = document.querySelector('#search-suggestions .search-suggestion');
                  if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
                });
                """);
        // Runs once the popover's content exists in the browser, which is when it first opens.
        suggestions.getElement().executeJs("""
                const list = this;
                list.addEventListener('keydown', e => {
                  const all = [...list.querySelectorAll('.search-suggestion')], at = all.indexOf(document.activeElement);
                  if (e.key === 'ArrowDown' && at < all.length - 1) { e.preventDefault(); all[at + 1].focus(); }
                  if (e.key === 'ArrowUp') { e.preventDefault(); at > 0 ? all[at - 1].focus() : document.querySelector('#search-field input').focus(); }
                  if (e.key === 'Escape') { document.querySelector('#search-field input').focus(); }
                });
                """);
    }

    private void showInstant(String text) {
        suggestions.removeAll();
        if (text == null || text.strip().length() < 2) {
            popover.close();
            return;
        }
        var results = knowledgeBase.instant(text, INSTANT_HITS);
        if (results.hits().isEmpty()) {
            var none = new Div(new Span("No process step matches “" + text.strip() + "”"
                    + (results.suggestion() == null ? "." : ". Did you mean “" + results.suggestion() + "”?")));
            none.addClassName("search-none");
            suggestions.add(none);
        }
        results.hits().forEach(hit -> suggestions.add(suggestion(hit)));
        var all = new Div(new Span(results.total() > results.hits().size()
                ? "See all " + results.total() + " results" : "Open the results page"));
        all.setId("search-see-all");
        all.addClassNames("search-suggestion", "search-see-all");
        all.getElement().setAttribute("tabindex", "0").setAttribute("role", "option");
        all.addClickListener(click -> openResults(text));
        onEnter(all, () -> openResults(text));
        suggestions.add(all);
        popover.open();
    }

    private Component suggestion(SearchHit hit) {
        var title = new Span(hit.moduleTitle());
        title.addClassName("search-suggestion-title");
        var where = new Span(hit.section().isEmpty() ? "Overview" : hit.section());
        where.addClassName("search-suggestion-where");
        var item = new Div(title, where, SearchResultsList.snippet(hit));
        item.addClassName("search-suggestion");
        item.getElement().setAttribute("tabindex", "0").setAttribute("role", "option").setAttribute("data-url", hit.url());
        item.addClickListener(click -> open(hit));
        onEnter(item, () -> open(hit));
        return item;
    }

    private static void onEnter(Component item, Runnable action) {
        item.getElement().addEventListener("keydown", event -> action.run()).setFilter("event.key === 'Enter'");
    }

    private void open(SearchHit hit) {
        popover.close();
        // A full load: the reader scrolls to the fragment and highlights the step.
        getUI().ifPresent(ui -> ui.getPage().setLocation(hit.url()));
    }

    private void openResults(String text) {
        popover.close();
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, SearchView.parameters(text == null ? "" : text.strip(), null, 0)));
    }
}
