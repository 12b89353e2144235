package app.stepwise.people.ui;

import app.stepwise.people.PeopleQuery;
import app.stepwise.people.PeopleService;
import app.stepwise.people.PersonDraft;
import app.stepwise.people.PersonDraftRules;
import app.stepwise.people.PersonSummary;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/** Add or change one person: details, manager, authorities, temporary password, deactivation. */
class PersonDialog extends Dialog {
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Work email");
    private final TextField jobTitle = new TextField("Job title");
    private final ComboBox<PersonSummary> manager = new ComboBox<>("Manager");
    private final DatePicker startDate = new DatePicker("Start date");
    private final CheckboxGroup<Authority> authorities = new CheckboxGroup<>("Authorities");
    private final PasswordField password = new PasswordField("Temporary password");
    private final transient PeopleService people;
    private final PersonSummary person;
    private final Runnable onChange;

    PersonDialog(PeopleService people, PersonSummary person, Runnable onChange) {
        this.people = people;
        this.person = person;
        this.onChange = onChange;
        setHeaderTitle(person == null ? "Add a person" : person.name());
        setId("person-dialog");
        setWidth("min(640px, 100vw)");
        add(form());
        footer();
        if (person != null) {
            fill(person);
        } else {
            authorities.setValue(EnumSet.of(Authority.LEARNER));
        }
    }

    private FormLayout form() {
        name.setId("person-name");
        email.setId("person-email");
        jobTitle.setId("person-job-title");
        manager.setId("person-manager");
        password.setId("person-password");
        authorities.setId("person-authorities");
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        authorities.setItems(Authority.values());
        authorities.setItemLabelGenerator(Authority::label);
        manager.setItemLabelGenerator(p -> p.name() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        manager.setItems(query -> people.find(new PeopleQuery(query.getFilter().orElse(""), null, false),
                PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .filter(p -> person == null || !p.id().equals(person.id())));
        manager.setClearButtonVisible(true);
        // The picker offers only the dates the service accepts; the service still checks.
        startDate.setMin(PersonDraftRules.EARLIEST_START);
        startDate.setMax(PersonDraftRules.latestStart(LocalDate.now()));
        password.setHelperText(person == null
                ? "They choose their own at first sign-in. Leave empty to set it later."
                : "Sets a new temporary password and signs them out everywhere.");
        var form = new FormLayout(name, email, jobTitle, manager, startDate, authorities, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(authorities, 2);
        return form;
    }

    private void footer() {
        var save = new Button(person == null ? "Add person" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-person");
        var cancel = new Button("Cancel", e -> close());
        if (person != null) {
            var toggle = new Button(person.active() ? "Deactivate" : "Reactivate", e -> toggleActive());
            toggle.addThemeVariants(person.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggle.setId("toggle-active");
            // enrolment belongs to the course module: go there with this person chosen
            var enrol = new Button("Enrol in a role path…", e -> {
                close();
                getUI().ifPresent(ui -> ui.navigate("enrolments",
                        com.vaadin.flow.router.QueryParameters.of("person", person.id().toString())));
            });
            enrol.setId("enrol-person-link");
            getFooter().add(toggle, enrol);
        }
        getFooter().add(cancel, save);
    }

    private void fill(PersonSummary p) {
        name.setValue(p.name());
        email.setValue(p.email());
        jobTitle.setValue(p.jobTitle() == null ? "" : p.jobTitle());
        startDate.setValue(p.startDate());
        authorities.setValue(p.authorities().isEmpty() ? EnumSet.noneOf(Authority.class) : EnumSet.copyOf(p.authorities()));
        if (p.managerId() != null) {
            manager.setValue(people.get(p.managerId()));
        }
        if (!p.active()) {
            add(new Paragraph("This person is deactivated and cannot sign in."));
        }
    }

    private void save() {
        clearErrors();
        var draft = new PersonDraft(name.getValue(), email.getValue(), jobTitle.getValue(),
                manager.getValue() == null ? null : manager.getValue().id(), startDate.getValue(), authorities.getValue());
        try {
            if (person == null) {
                people.create(draft, password.getValue());
            } else {
                people.update(person.id(), draft);
                if (!password.getValue().isEmpty()) {
                    people.setTemporaryPassword(person.id(), password.getValue());
                }
            }
            done(person == null ? draft.name() + " was added." : "Changes to " + draft.name() + " were saved.");
        } catch (InvalidInputException problems) {
            showErrors(problems.fieldErrors());
        }
    }

    private void toggleActive() {
        try {
            if (person.active()) {
                people.deactivate(person.id());
                done(person.name() + " was deactivated and signed out.");
            } else {
                people.reactivate(person.id());
                done(person.name() + " was reactivated.");
            }
        } catch (InvalidInputException problem) {
            Notification.show(problem.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onChange.run();
        close();
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {name, email, jobTitle, manager, startDate, authorities, password}) {
            field.setInvalid(false);
        }
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("name", name, "email", email, "jobTitle", jobTitle,
                "manager", manager, "startDate", startDate,
                "authorities", authorities, "password", password);
        errors.forEach((field, message) -> {
            var target = fields.get(field);
            if (target == null) {
                Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        });
    }

}
