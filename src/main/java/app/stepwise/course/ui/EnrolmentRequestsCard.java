package app.stepwise.course.ui;

import app.stepwise.course.DueRule;
import app.stepwise.course.EnrolmentRequest;
import app.stepwise.course.PromotionService;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

/** Requests to follow a promotion path that the signed-in manager or admin decides; hidden when there are none. */
class EnrolmentRequestsCard extends Div {
    private final PromotionService promotion;
    private final Runnable onDecision;

    EnrolmentRequestsCard(PromotionService promotion, Runnable onDecision) {
        this.promotion = promotion;
        this.onDecision = onDecision;
        addClassNames("card", "requests-card");
        setId("enrolment-requests");
        show();
    }

    private void show() {
        removeAll();
        var pending = promotion.pendingRequests();
        setVisible(!pending.isEmpty());
        add(new H3("Requests to follow a promotion path (" + pending.size() + ")"));
        pending.forEach(request -> add(row(request)));
    }

    private Div row(EnrolmentRequest request) {
        var who = new Span(request.personName() + " asks to follow " + request.roleTitle());
        who.addClassName("request-who");
        var reason = new TextField();
        reason.setPlaceholder("Reason, if you decline");
        reason.setAriaLabel("Reason for declining");
        var approve = new Button("Approve", click -> decide(() -> promotion.approve(request.id(), DueRule.none()),
                request.personName() + " is enrolled in " + request.roleTitle() + "."));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-request-" + request.id());
        var decline = new Button("Decline", click -> decide(() -> promotion.decline(request.id(), reason.getValue()),
                "Declined; " + request.personName() + " is told why."));
        decline.setId("decline-request-" + request.id());
        var row = new Div(who, reason, approve, decline);
        row.addClassName("request-row");
        return row;
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
            onDecision.run();
        } catch (InvalidInputException problem) {
            Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

}
