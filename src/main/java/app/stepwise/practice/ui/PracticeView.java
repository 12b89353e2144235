package app.stepwise.practice.ui;

import app.stepwise.practice.MyPractice;
import app.stepwise.practice.PracticeService;
import app.stepwise.practice.TaskStatus;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * {@code practice/<module id>}: the practice tasks of a module's current version for the signed-in learner,
 * each with its status, the reviewer's comment, a form for evidence when it is accepted, and the history.
 */
@Route("practice")
@PermitAll
public class PracticeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient PracticeService practice;
    private final Paragraph summary = new Paragraph();
    private String title = "Practice";

    public PracticeView(PracticeService practice) {
        this.practice = practice;
        addClassNames("page", "practice-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String moduleId) {
        MyPractice mine;
        try {
            mine = practice.myTasks(moduleId);
        } catch (InvalidInputException noSuchModule) {
            throw new NotFoundException();
        }
        title = "Practice: " + mine.moduleTitle();
        removeAll();
        add(header(mine));
        if (mine.tasks().isEmpty()) {
            var none = new Div(new H3("No practice tasks"), new Paragraph("This module has nothing to practise on the job."));
            none.addClassName("card");
            none.setId("no-tasks");
            add(none);
            return;
        }
        mine.tasks().forEach(task -> add(new PracticeTaskCard(practice, moduleId, task,
                () -> summarise(practice.myTasks(moduleId)))));
    }

    private void summarise(MyPractice mine) {
        long approved = mine.tasks().stream().filter(t -> t.status() == TaskStatus.APPROVED).count();
        summary.setText("Practice · version " + mine.version() + (mine.tasks().isEmpty() ? ""
                : " · " + approved + " of " + mine.tasks().size() + " tasks approved"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component header(MyPractice mine) {
        var heading = new H2(mine.moduleTitle());
        heading.setId("practice-module-title");
        summary.setId("practice-summary");
        summarise(mine);
        var back = new Anchor("module/" + mine.moduleId(), "Back to the module");
        back.setId("practice-back");
        back.addClassName("button-link");
        var header = new Div(heading, summary, back);
        header.addClassName("practice-header");
        return header;
    }
}
