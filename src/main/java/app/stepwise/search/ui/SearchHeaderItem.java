package app.stepwise.search.ui;

import app.stepwise.search.KnowledgeBase;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.ui.HeaderItem;
import com.vaadin.flow.component.Component;

/** Puts the knowledge-base search field in the header of every signed-in page, left of the bell. */
@org.springframework.stereotype.Component
class SearchHeaderItem implements HeaderItem {
    private final KnowledgeBase knowledgeBase;

    SearchHeaderItem(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public Component create() {
        return CurrentPerson.find().isPresent() ? new SearchBox(knowledgeBase) : null;
    }

    @Override
    public int order() {
        return -10;
    }
}
