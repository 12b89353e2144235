package app.stepwise.course.ui;

import app.stepwise.content.Curriculum;
import app.stepwise.content.RoleOutline;
import app.stepwise.course.BulkEnrolment;
import app.stepwise.course.CourseService;
import app.stepwise.course.Enrolment;
import app.stepwise.course.EnrolmentPurpose;
import app.stepwise.course.PromotionService;
import app.stepwise.people.PeopleQuery;
import app.stepwise.people.PeopleService;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.CurrentPerson;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;

/** Admins enrol anyone, managers their team, in a role path with a purpose and a due date. */
@Route("enrolments")
@PageTitle("Enrolments")
@Menu(order = 30, icon = "vaadin:road-branches", title = "Enrolments")
@RolesAllowed({Authority.Names.ADMIN, Authority.Names.MANAGER})
public class EnrolmentsView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ComboBox<PersonSummary> person = new ComboBox<>("Person");
    private final Select<RoleOutline> role = new Select<>();
    private final Select<EnrolmentPurpose> purpose = new Select<>();
    private final DueRuleField due = new DueRuleField("enrol");
    private final Grid<Enrolment> grid = new Grid<>();
    private final transient CourseService course;
    private final transient PeopleService people;

    public EnrolmentsView(CourseService course, PeopleService people, Curriculum curriculum, BulkEnrolment bulk,
                          PromotionService promotion) {
        this.course = course;
        this.people = people;
        addClassNames("page", "enrolments-page");
        person.setId("enrol-person");
        person.setItemLabelGenerator(p -> p.name() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        var me = CurrentPerson.require();
        if (me.has(Authority.ADMIN)) {
            person.setItems(query -> people.find(new PeopleQuery(query.getFilter().orElse(""), null, false),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
        } else {
            person.setItems(people.directReports(me.personId()));
        }
        person.addValueChangeListener(e -> showEnrolments());
        role.setLabel("Role path");
        role.setId("enrol-role");
        role.setItems(curriculum.roles());
        role.setItemLabelGenerator(RoleOutline::title);
        purpose.setLabel("Purpose");
        purpose.setItems(EnrolmentPurpose.values());
        purpose.setItemLabelGenerator(EnrolmentPurpose::label);
        purpose.setValue(EnrolmentPurpose.ONBOARDING);
        var enrol = new Button("Enrol", e -> enrol());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.setId("enrol");
        var form = new FormLayout(person, role, purpose, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var card = new Div(form, enrol);
        card.addClassName("card");
        grid.setId("enrolments-grid");
        grid.addColumn(Enrolment::roleTitle).setHeader("Role path").setFlexGrow(2);
        grid.addColumn(e -> e.purpose().label()).setHeader("Purpose").setAutoWidth(true);
        grid.addColumn(e -> e.dueDate() == null ? "" : DAY.format(e.dueDate())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(Enrolment::assignedBy).setHeader("Enrolled by").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Choose a person to see their enrolments.");
        add(new EnrolmentRequestsCard(promotion, this::showEnrolments), card, new H3("Enrolments of the chosen person"), grid,
                new BulkEnrolmentCard(bulk, people, curriculum.roles()));
    }

    /** {@code enrolments?person=<id>} (from the person's dialog) starts with that person chosen. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("person").ifPresent(id -> {
            try {
                person.setValue(people.get(new app.stepwise.shared.PersonId(Long.parseLong(id))));
            } catch (RuntimeException unknownOrNotYours) {
                Notification.show("That person can't be enrolled from here.", 4000, Notification.Position.MIDDLE);
            }
        });
    }

    private void enrol() {
        if (person.getValue() == null || role.getValue() == null) {
            Notification.show("Choose a person and a role path.", 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        due.clearError();
        try {
            var enrolment = course.enrolDue(person.getValue().id(), role.getValue().id(), purpose.getValue(), due.getValue());
            Notification.show(enrolment.personName() + " is enrolled in " + enrolment.roleTitle() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showEnrolments();
        } catch (InvalidInputException problem) {
            if (!due.showError(problem.fieldErrors())) {
                Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void showEnrolments() {
        grid.setItems(person.getValue() == null ? java.util.List.of() : course.enrolments(person.getValue().id()));
    }
}
