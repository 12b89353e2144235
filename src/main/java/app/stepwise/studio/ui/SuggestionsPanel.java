package app.stepwise.studio.ui;

import app.stepwise.studio.SuggestedQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Questions generated from the draft's steps and snags. Accepting one adds its Markdown to the quiz; "Accept and
 * edit" also opens it in the question form; a discarded one stays away until the page is reloaded.
 */
class SuggestionsPanel extends Div {
    private final Consumer<SuggestedQuestion> accept;
    private final Consumer<SuggestedQuestion> acceptAndEdit;
    private final IntConsumer counted;
    private final Set<String> discarded = new HashSet<>();
    private List<SuggestedQuestion> shown = List.of();

    SuggestionsPanel(Consumer<SuggestedQuestion> accept, Consumer<SuggestedQuestion> acceptAndEdit, IntConsumer counted) {
        this.accept = accept;
        this.acceptAndEdit = acceptAndEdit;
        this.counted = counted;
        setId("studio-suggestions");
        addClassName("studio-suggestions");
    }

    /** Shows the suggestions not discarded, and reports how many that is (for the tab's label). */
    void show(List<SuggestedQuestion> suggestions) {
        shown = suggestions.stream().filter(s -> !discarded.contains(s.id())).toList();
        removeAll();
        var intro = new Paragraph("Made from your steps and snags. Accept one to add it to the quiz as it is, or accept and edit it in the question form.");
        intro.addClassName("subtitle");
        add(intro);
        if (shown.isEmpty()) {
            add(new Paragraph("No suggestions: they need at least three steps, or a Snags section."));
        }
        shown.forEach(suggestion -> add(card(suggestion)));
        counted.accept(shown.size());
    }

    private Div card(SuggestedQuestion suggestion) {
        var kind = new Span(switch (suggestion.kind()) {
            case ORDERING -> "Steps in order";
            case NEXT_STEP -> "What comes next";
            case SNAG -> "Snag to watch for";
        });
        kind.getElement().getThemeList().add("badge");
        var step = new Span("tests step " + suggestion.stepNumber());
        step.addClassName("studio-suggestion-step");
        var markdown = new Pre(suggestion.markdown());
        markdown.addClassName("source-listing");
        var add = new Button("Accept", e -> accept.accept(suggestion));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.setId("accept-" + suggestion.id());
        var edit = new Button("Accept and edit", e -> acceptAndEdit.accept(suggestion));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setId("edit-" + suggestion.id());
        var drop = new Button("Discard", e -> {
            discarded.add(suggestion.id());
            show(shown);
        });
        drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        drop.setId("discard-" + suggestion.id());
        var head = new Div(kind, step);
        head.addClassName("studio-suggestion-head");
        var actions = new Div(add, edit, drop);
        actions.addClassName("studio-suggestion-actions");
        var card = new Div(head, new Paragraph(suggestion.prompt()), markdown, actions);
        card.addClassNames("card", "studio-suggestion");
        card.getElement().setAttribute("data-kind", suggestion.kind().name());
        return card;
    }
}
