package app.stepwise.content.ui;

import app.stepwise.content.ContentExport;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleChoice;
import app.stepwise.content.RoleBinder;
import app.stepwise.content.RoleEditor;
import app.stepwise.content.RoleForm;
import app.stepwise.content.RoleOutline;
import app.stepwise.content.RoleVersionSummary;
import app.stepwise.people.PeopleService;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Edits one role (or creates one) and shows its version history. */
@Route("content/role")
@PageTitle("Edit role")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class RoleEditorView extends Div implements HasUrlParameter<String> {
    private final RoleEditor editor;
    private final transient PeopleService people;
    private Authors authors;
    private final List<ModuleChoice> modules;
    private final H2 heading = new H2();
    private final TextField id = new TextField("Id");
    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("Description");
    private final RequiredModulesField required;
    private final MultiSelectComboBox<ModuleChoice> optional = new MultiSelectComboBox<>("Optional modules");
    private final PeriodField validity = new PeriodField("Certification valid for", "role-validity",
            "certificationValidity", RoleEditor.MAX_VALIDITY);
    private final PeriodField grace = new PeriodField("Grace period for refreshers", "role-grace",
            "gracePeriod", RoleEditor.MAX_GRACE);
    private final MultiSelectComboBox<RoleOutline> nextRoles = new MultiSelectComboBox<>("Next roles (promotion paths)");
    private final TextField note = new TextField("What changed, and why");
    private final Grid<RoleVersionSummary> history = new Grid<>();
    private final Div downloads = new Div();
    private final transient ContentExport export;
    private final transient RoleBinder binder;
    private Integer editingVersion;

    public RoleEditorView(RoleEditor editor, Curriculum curriculum, ContentExport export, RoleBinder binder,
                          PeopleService people) {
        this.people = people;
        this.editor = editor;
        this.export = export;
        this.binder = binder;
        this.modules = editor.moduleChoices();
        this.required = new RequiredModulesField(modules);
        addClassNames("page", "role-editor-page");
        id.setId("role-id");
        id.setHelperText("Lower-case letters, digits and hyphens; it cannot change later.");
        title.setId("role-title");
        description.setId("role-description");
        description.setHelperText("Markdown: what the role does and what certification means.");
        optional.setId("role-optional");
        optional.setItems(modules);
        optional.setItemLabelGenerator(ModuleChoice::title);
        nextRoles.setId("role-next");
        nextRoles.setItems(curriculum.roles());
        nextRoles.setItemLabelGenerator(RoleOutline::title);
        note.setId("role-note");
        note.setHelperText("Needed for every change after the first version; kept with the version, shown in the history "
                + "and the audit log.");
        note.setMaxLength(1000);
        var form = new FormLayout(id, title, description, required, optional, validity, grace, nextRoles, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(description, 2);
        form.setColspan(required, 2);
        form.setColspan(note, 2);
        var save = new Button("Save as a new version", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("role-save");
        var back = new RouterLink("All roles", RolesView.class);
        downloads.addClassName("toolbar-actions");
        var actions = new Div(save, back, downloads);
        actions.addClassName("toolbar-actions");
        var card = new Div(form, actions);
        card.addClassName("card");
        history.setId("role-history");
        history.addColumn(v -> "v" + v.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(v -> LibraryView.DAY.format(v.changedAt())).setHeader("Changed").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(v -> authors.name(v.changedBy())).setHeader("By").setFlexGrow(1);
        history.addColumn(v -> v.changeSummary() == null ? "first version" : v.changeSummary()).setHeader("What changed").setFlexGrow(3);
        history.addColumn(v -> v.note() == null ? "" : v.note()).setHeader("Note").setFlexGrow(2);
        history.setAllRowsVisible(true);
        add(heading, card, new H3("History"), history);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String roleId) {
        if (roleId == null) {
            show(RoleForm.blank(), null);
            return;
        }
        try {
            var role = editor.role(roleId);
            show(role.form(), role.version());
        } catch (InvalidInputException unknown) {
            show(RoleForm.blank(), null);
            Notification.show(unknown.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(RoleForm form, Integer version) {
        editingVersion = version;
        heading.setText(version == null ? "New role" : form.title() + " · v" + version);
        id.setValue(form.id());
        id.setReadOnly(version != null);
        title.setValue(form.title());
        description.setValue(form.descriptionMarkdown());
        required.setValue(form.requiredModules());
        optional.setValue(chosen(form.optionalModules()));
        validity.setValue(form.certificationValidity());
        grace.setValue(form.gracePeriod());
        nextRoles.setValue(nextRoles.getListDataView().getItems()
                .filter(r -> form.nextRoles().contains(r.id())).collect(java.util.stream.Collectors.toSet()));
        note.clear();
        note.setRequiredIndicatorVisible(version != null);
        var versions = version == null ? List.<RoleVersionSummary>of() : editor.history(form.id());
        authors = Authors.of(people, versions.stream().map(RoleVersionSummary::changedBy).toList());
        history.setItems(versions);
        showDownloads(version == null ? null : form.id());
    }

    /** The role file (zip) and its binder (PDF), once the role exists. */
    private void showDownloads(String roleId) {
        downloads.removeAll();
        if (roleId == null) {
            return;
        }
        downloads.add(Downloads.link("export-role", "Role file (zip)", roleId + ".zip", Downloads.ZIP,
                        out -> export.role(roleId, out)),
                Downloads.link("role-binder", "Binder (PDF)", roleId + "-binder.pdf", Downloads.PDF,
                        out -> out.write(binder.pdf(roleId))));
    }

    private Set<ModuleChoice> chosen(List<String> ids) {
        var set = new LinkedHashSet<ModuleChoice>();
        modules.stream().filter(m -> ids.contains(m.id())).forEach(set::add);
        return set;
    }

    private void save() {
        clearErrors();
        var periodErrors = new LinkedHashMap<String, String>();
        Period validFor = read(validity, periodErrors);
        Period graceFor = read(grace, periodErrors);
        if (!periodErrors.isEmpty()) {
            showErrors(periodErrors);
            return;
        }
        var form = new RoleForm(id.getValue().strip(), title.getValue(), description.getValue(), required.getValue(),
                optional.getValue().stream().map(ModuleChoice::id).toList(), validFor, graceFor,
                nextRoles.getValue().stream().map(RoleOutline::id).sorted().toList());
        try {
            var saved = editor.save(form, editingVersion, note.getValue());
            Notification.show(form.title() + " is now version " + saved.version() + ".", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (editingVersion == null) {
                getUI().ifPresent(ui -> ui.navigate(RoleEditorView.class, form.id()));
            } else {
                show(editor.role(form.id()).form(), saved.version());
            }
        } catch (InvalidInputException problems) {
            showErrors(problems.fieldErrors());
        }
    }

    /** The period typed, or null with its problem added to {@code errors}, so both periods report at once. */
    private static Period read(PeriodField field, Map<String, String> errors) {
        try {
            return field.getValue();
        } catch (InvalidInputException problem) {
            errors.putAll(problem.fieldErrors());
            return null;
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {id, title, optional, nextRoles, note}) {
            field.setInvalid(false);
        }
        required.setError(null);
        validity.setError(null);
        grace.setError(null);
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("id", id, "title", title, "optionalModules", optional, "nextRoles", nextRoles,
                "note", note);
        errors.forEach((field, message) -> {
            switch (field) {
                case "requiredModules" -> required.setError(message);
                case "certificationValidity" -> validity.setError(message);
                case "gracePeriod" -> grace.setError(message);
                default -> {
                    var target = fields.get(field);
                    if (target == null) {
                        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    } else {
                        target.setErrorMessage(message);
                        target.setInvalid(true);
                    }
                }
            }
        });
    }
}
