package app.stepwise.course.ui;

import app.stepwise.course.CourseService;
import app.stepwise.course.ModuleStatus;
import app.stepwise.course.PathModule;
import app.stepwise.course.RolePath;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;

/** The learner's paths: each module's status, progress, the due date, and one button to continue. */
@Route("learning")
@PageTitle("My learning")
@Menu(order = 1, icon = "vaadin:academy-cap", title = "My learning")
@PermitAll
public class MyLearningView extends Div {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    public MyLearningView(CourseService course) {
        addClassNames("page", "learning-page");
        var paths = course.myPaths();
        if (paths.isEmpty()) {
            var empty = new Div(new H3("You're not enrolled in a role path yet"), new Paragraph(
                    "When your manager or an administrator enrols you in a role, its modules appear here in order."));
            empty.addClassName("card");
            empty.setId("no-paths");
            add(empty);
            return;
        }
        paths.forEach(path -> add(pathCard(path)));
    }

    private static Component pathCard(RolePath path) {
        var title = new H3(path.roleTitle());
        var facts = new Paragraph(path.purpose().label() + (path.dueDate() == null ? "" : " · due " + DAY.format(path.dueDate()))
                + " · " + path.percentDone() + "% of required modules done");
        facts.addClassName("subtitle");
        var bar = new ProgressBar(0, 100, path.percentDone());
        var card = new Div(title, facts, bar);
        card.addClassNames("card", "path-card");
        card.setId("path-" + path.roleId());
        if (path.next() != null) {
            var next = new Anchor(path.next().route(), "Continue: " + path.next().label().toLowerCase(java.util.Locale.ROOT)
                    + " · " + path.next().moduleTitle());
            next.addClassNames("button-link", "continue-link");
            next.setId("continue-" + path.roleId());
            card.add(next);
        } else if (path.waitingForReview()) {
            card.add(new Paragraph("Everything is handed in: a trainer is reviewing your practice. You'll get a notification."));
        } else {
            var done = new Paragraph("Every required module is done. Well done!");
            done.addClassNames("callout", "callout-success");
            card.add(done);
        }
        var list = new OrderedList();
        list.addClassName("path-modules");
        path.modules().forEach(module -> list.add(moduleItem(module)));
        card.add(list);
        return card;
    }

    private static ListItem moduleItem(PathModule module) {
        var link = new Anchor("module/" + module.moduleId(), module.title());
        var status = new Span(module.status().label());
        status.getElement().getThemeList().add(switch (module.status()) {
            case NOT_STARTED -> "badge";
            case DONE -> "badge success";
            case PRACTICE_REJECTED -> "badge error";
            default -> "badge contrast";
        });
        var details = new Span((module.required() ? "" : "optional · ")
                + (module.estimateMinutes() == null ? "" : module.estimateMinutes() + " min"));
        details.addClassName("path-module-details");
        var item = new ListItem(link, details, status);
        item.addClassName("path-module");
        item.setId("path-module-" + module.moduleId());
        return item;
    }
}
