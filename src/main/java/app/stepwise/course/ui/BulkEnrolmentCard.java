package app.stepwise.course.ui;

import app.stepwise.content.RoleOutline;
import app.stepwise.course.BulkEnrolment;
import app.stepwise.course.BulkEnrolmentResult;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Supplier;

/** Enrols a whole team (a manager's own, or for admins, everyone with a job title) in one role path. */
class BulkEnrolmentCard extends Div {
    private static final String MY_TEAM = "Everyone in my team";

    BulkEnrolmentCard(BulkEnrolment bulk, PeopleService people, List<RoleOutline> roles) {
        addClassName("card");
        setId("bulk-enrolment");
        var me = CurrentPerson.require();
        var who = new ComboBox<String>("Who");
        who.setId("bulk-who");
        var choices = new java.util.ArrayList<String>();
        if (me.has(Authority.MANAGER)) {
            choices.add(MY_TEAM);
        }
        if (me.has(Authority.ADMIN)) {
            people.jobTitles().forEach(title -> choices.add("Job title: " + title));
        }
        who.setItems(choices);
        who.setHelperText(me.has(Authority.ADMIN) ? "Everyone holding a job title" + (me.has(Authority.MANAGER) ? ", or your team" : "") : null);
        var role = new Select<RoleOutline>();
        role.setLabel("Role path");
        role.setId("bulk-role");
        role.setItems(roles);
        role.setItemLabelGenerator(RoleOutline::title);
        var due = new DueRuleField("bulk");
        var enrol = new Button("Enrol them all", click -> run(due, () -> {
            if (who.getValue() == null || role.getValue() == null) {
                throw new InvalidInputException("who", "Choose who and a role path.");
            }
            String roleId = role.getValue().id();
            return who.getValue().equals(MY_TEAM)
                    ? bulk.enrolTeam(me.personId(), roleId, EnrolmentPurpose.ONBOARDING, due.getValue())
                    : bulk.enrolJobTitle(who.getValue().substring("Job title: ".length()), roleId, EnrolmentPurpose.ONBOARDING, due.getValue());
        }));
        enrol.setId("bulk-enrol");
        var form = new FormLayout(who, role, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H3("Enrol many at once"), new Paragraph("People already on the path are left as they are, so you can run this "
                + "again when the team grows."), form, enrol);
    }

    private static void run(DueRuleField due, Supplier<BulkEnrolmentResult> enrolment) {
        due.clearError();
        try {
            var result = enrolment.get();
            Notification.show(result.summary() + ".", 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException problem) {
            if (!due.showError(problem.fieldErrors())) {
                Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
