package app.stepwise.course.ui;

import app.stepwise.course.PromotionOption;
import app.stepwise.course.PromotionOption.RequestState;
import app.stepwise.course.PromotionService;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Roles an employee may aim for, the gap to each (what they still have to learn, and how long it takes), and enrolling. */
@Route("promotion")
@PageTitle("Next roles")
@Menu(order = 3, icon = "vaadin:trending-up", title = "Next roles")
@PermitAll
public class PromotionView extends Div {
    private final PromotionService promotion;
    private final Div options = new Div();

    public PromotionView(PromotionService promotion) {
        this.promotion = promotion;
        addClassNames("page", "promotion-page");
        options.addClassName("card-grid");
        add(new H2("Next roles"), new Paragraph("Roles you can aim for from your paths and your job. The gap is what is left "
                + "to learn: required modules you have not completed at their current version."), options);
        show();
    }

    private void show() {
        options.removeAll();
        var mine = promotion.myOptions();
        if (mine.isEmpty()) {
            var empty = new Div(new H3("No next roles yet"), new Paragraph("Once you are on a role path that leads somewhere, "
                    + "the roles it leads to appear here."));
            empty.addClassName("card");
            empty.setId("no-next-roles");
            options.add(empty);
        }
        mine.forEach(option -> options.add(card(option)));
    }

    private Component card(PromotionOption option) {
        var gap = new Paragraph(option.modulesToGo() == 0 ? "Nothing left to learn: every required module is done."
                : option.modulesToGo() + " of " + option.required().size() + " required modules to go"
                + (option.minutesToGo() == 0 ? "" : " · about " + duration(option.minutesToGo())));
        gap.addClassName("gap-summary");
        var card = new Div(new H3(option.title()), gap);
        card.addClassNames("card", "promotion-card");
        card.setId("promotion-" + option.roleId());
        var list = new UnorderedList();
        list.addClassName("gap-modules");
        option.required().forEach(module -> {
            var status = new Span(module.done() ? "Done" : "To learn");
            status.getElement().getThemeList().add(module.done() ? "badge success" : "badge");
            var item = new ListItem(new Anchor("module/" + module.moduleId(), module.title()), status);
            item.addClassName(module.done() ? "gap-done" : "gap-open");
            list.add(item);
        });
        var description = new Html("<div class='role-description'>" + option.descriptionHtml() + "</div>"); // sanitized on import
        card.add(list, description, action(option));
        return card;
    }

    private Component action(PromotionOption option) {
        if (option.enrolled()) {
            var link = new Anchor("learning", "You are on this path · open My learning");
            link.addClassName("button-link");
            return link;
        }
        if (option.request() == RequestState.PENDING) {
            var waiting = new Paragraph("Requested: waiting for your manager's decision.");
            waiting.setId("requested-" + option.roleId());
            return waiting;
        }
        var box = new Div();
        if (option.request() == RequestState.DECLINED) {
            var declined = new Paragraph("Your last request was declined: " + option.declineReason());
            declined.addClassName("callout");
            box.add(declined);
        }
        var button = new Button(promotion.needsApproval() ? "Ask to follow this path" : "Enrol me", click -> {
            try {
                Notification.show(promotion.enrolOrRequest(option.roleId()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInputException problem) {
                Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("enrol-" + option.roleId());
        box.add(button);
        return box;
    }

    static String duration(int minutes) {
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
