package app.stepwise.feedback.ui;

import app.stepwise.feedback.FeedbackService;
import app.stepwise.feedback.FlagFilter;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Everyone's own flags and what became of them; for owners and trainers also the improvement queue. */
@Route("feedback")
@PageTitle("Feedback")
@Menu(order = 2, icon = "vaadin:flag-o", title = "Feedback")
@PermitAll
public class FeedbackView extends Div {
    public FeedbackView(FeedbackService feedback) {
        addClassNames("page", "feedback-page");
        var tabs = new TabSheet();
        tabs.setId("feedback-tabs");
        tabs.setWidthFull();
        var mine = feedback.myFlags();
        tabs.add(tab("My flags", "tab-my-flags"), new MyFlagsPanel(mine));
        if (feedback.canSeeQueue()) {
            long waiting = feedback.count(FlagFilter.unresolved());
            var queue = tab(waiting == 0 ? "Improvement queue" : "Improvement queue (" + waiting + ")", "tab-queue");
            tabs.add(queue, new QueuePanel(feedback));
            if (mine.isEmpty() && waiting > 0) {
                tabs.setSelectedTab(queue); // nothing of their own to follow: the flags waiting for them come first
            }
        }
        add(tabs);
    }

    private static Tab tab(String label, String id) {
        var tab = new Tab(label);
        tab.setId(id);
        return tab;
    }
}
