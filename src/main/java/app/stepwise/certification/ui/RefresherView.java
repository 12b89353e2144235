package app.stepwise.certification.ui;

import app.stepwise.certification.CertificationService;
import app.stepwise.certification.Refresher;
import app.stepwise.content.Curriculum;
import app.stepwise.content.Step;
import app.stepwise.content.VersionDiff;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A refresher: what changed in the module since the version the learner was certified on (steps added, changed,
 * removed; whether the quiz changed), then the way back in: the module reader and the quiz. Only plain step text
 * is shown, never a question, so no quiz answer reaches the page.
 */
@Route("refresher")
@PermitAll
public class RefresherView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient CertificationService certifications;
    private final transient Curriculum curriculum;
    private String title = "Refresher";

    public RefresherView(CertificationService certifications, Curriculum curriculum) {
        this.certifications = certifications;
        this.curriculum = curriculum;
        addClassNames("page", "refresher-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String moduleId) {
        removeAll();
        var refresher = certifications.myRefresher(moduleId).orElse(null);
        if (refresher == null) {
            var none = new Div(new H3("No refresher due"), new Paragraph("You have no open refresher for this module."),
                    new Anchor("certificates", "Back to certificates"));
            none.addClassName("card");
            none.setId("no-refresher");
            add(none);
            return;
        }
        title = "Refresher: " + refresher.moduleTitle();
        var intro = new Paragraph(refresher.moduleTitle() + " changed from v" + refresher.fromVersion() + " to v"
                + refresher.toVersion() + ". Read what changed, then read the module again and take its quiz by "
                + CertificationFormat.day(refresher.dueAt()) + " to stay certified.");
        intro.setId("refresher-intro");
        add(intro);
        curriculum.changesSince(moduleId, refresher.fromVersion()).ifPresent(diff -> add(changes(refresher, diff)));
        var read = new Anchor("module/" + moduleId, "Read the module");
        read.addClassName("button-link");
        read.setId("refresher-read");
        var quiz = new Anchor("quiz/" + moduleId, "Take the quiz");
        quiz.addClassName("button-link");
        quiz.setId("refresher-quiz");
        var actions = new Div(read, quiz);
        actions.addClassName("certificate-actions");
        add(actions);
    }

    private static Div changes(Refresher refresher, VersionDiff diff) {
        var card = new Div(new H3("What changed"));
        card.addClassNames("card", "what-changed");
        card.setId("what-changed");
        var list = new UnorderedList();
        diff.stepsAdded().forEach(step -> list.add(item("New step", step, refresher.moduleId())));
        diff.stepsEdited().forEach(edit -> list.add(item("Changed step", edit.after(), refresher.moduleId())));
        diff.stepsRemoved().forEach(step -> list.add(new ListItem("Removed step " + step.number() + ": " + step.text())));
        if (diff.stepsReordered()) {
            list.add(new ListItem("The steps are in a new order."));
        }
        if (diff.quizChanged()) {
            list.add(new ListItem("The quiz changed."));
        }
        if (diff.practiceChanged()) {
            list.add(new ListItem("The practice tasks changed."));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem("Wording only: read it through once more."));
        }
        card.add(list);
        return card;
    }

    private static ListItem item(String kind, Step step, String moduleId) {
        var link = new Anchor("module/" + moduleId + "#" + step.anchor(), kind + " " + step.number());
        return new ListItem(link, new com.vaadin.flow.component.Text(": " + step.text()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
