package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.testing.IntegrationTest;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class RoleEditorIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired RoleEditor editor;
    @Autowired Curriculum curriculum;
    @Autowired AuditLog auditLog;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    PeopleFixture fixture;
    String roleId;

    @BeforeEach
    void importSamplesAndSignInAsTrainer() {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "content/");
        fixture = new PeopleFixture(people, passwordEncoder);
        PeopleFixture.signInAs(fixture.person("Tia Trainer", Authority.TRAINER));
        roleId = "role-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    RoleForm form(List<String> required) {
        return new RoleForm(roleId, "Refund Desk: \"tier 1\"", "Handles refunds.\n\n- fast\n- fair", required,
                List.of("it-requests"), Period.ofMonths(6), Period.ofDays(14), List.of("support-rep"));
    }

    @Test
    void a_new_role_is_stored_as_version_1_and_people_see_its_path() {
        var saved = editor.save(form(List.of("time-off-requests", "customer-complaints")), null, "New desk");

        assertThat(saved.version()).isEqualTo(1);
        var outline = curriculum.role(roleId).orElseThrow();
        assertThat(outline.title()).isEqualTo("Refund Desk: \"tier 1\"");
        assertThat(outline.requiredModules()).containsExactly("time-off-requests", "customer-complaints");
        assertThat(outline.optionalModules()).containsExactly("it-requests");
        assertThat(outline.certificationValidity()).isEqualTo(Period.ofMonths(6));
        assertThat(outline.gracePeriod()).isEqualTo(Period.ofDays(14));
        assertThat(outline.nextRoles()).containsExactly("support-rep");
        assertThat(editor.role(roleId).form()).isEqualTo(form(List.of("time-off-requests", "customer-complaints")));
    }

    @Test
    void changing_required_modules_makes_a_new_version_with_what_changed_in_history_and_audit_log() {
        editor.save(form(List.of("time-off-requests", "customer-complaints")), null, null);
        var changed = editor.save(form(List.of("customer-complaints", "technical-escalations")),
                1, "Escalations are part of the desk now");

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.changeSummary()).contains("required + technical-escalations").contains("required − time-off-requests");
        assertThat(editor.history(roleId)).extracting(RoleVersionSummary::version).containsExactly(2, 1);
        assertThat(editor.history(roleId).getFirst().changedBy()).startsWith("tia.trainer");
        assertThat(curriculum.role(roleId).orElseThrow().requiredModules()).containsExactly("customer-complaints", "technical-escalations");
        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        assertThat(auditLog.recentFor(roleId, 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("ROLE_CHANGED");
            assertThat(entry.details()).contains("v2").contains("technical-escalations").contains("Escalations are part");
        });
    }

    @Test
    void reordering_alone_is_a_change_and_saving_the_same_role_again_is_refused_and_stores_nothing() {
        editor.save(form(List.of("time-off-requests", "customer-complaints")), null, null);
        var reordered = editor.save(form(List.of("customer-complaints", "time-off-requests")), 1, "Complaints first");
        assertThat(reordered.changeSummary()).isEqualTo("required reordered");

        assertThatThrownBy(() -> editor.save(form(List.of("customer-complaints", "time-off-requests")), 2, "again"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing changed since version 2.");
        assertThat(editor.history(roleId)).hasSize(2);
    }

    @Test
    void saving_the_form_as_the_editor_shows_it_changes_nothing_even_though_the_file_was_written_differently() {
        String imported = "role-file-" + UUID.randomUUID().toString().substring(0, 8);
        importer.importFiles(List.of(new SourceFile("roles/" + imported + ".md", ("""
                ---
                id: %s
                title: Imported desk
                certification-validity: 18 months
                grace-period: 14 days
                required: [time-off-requests, customer-complaints]
                optional: [it-requests, crm-basics]
                next-roles: []
                ---

                # Imported desk

                Written by hand,   with its own layout.
                """.formatted(imported)).getBytes(java.nio.charset.StandardCharsets.UTF_8))), "test", "hand-written role");
        var shown = editor.role(imported);
        var asTheFormSendsIt = new RoleForm(imported, shown.form().title() + " ", shown.form().descriptionMarkdown() + "\n",
                shown.form().requiredModules(), shown.form().optionalModules().reversed(), Period.ofYears(1).plusMonths(6),
                shown.form().gracePeriod(), shown.form().nextRoles());

        assertThatThrownBy(() -> editor.save(asTheFormSendsIt, shown.version(), ""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Nothing changed since version " + shown.version() + ".");
        assertThat(editor.history(imported)).hasSize(1);
        PeopleFixture.signInAs(fixture.person("Ada Admin", Authority.ADMIN));
        assertThat(auditLog.recentFor(imported, 5)).noneMatch(entry -> entry.action().equals("ROLE_CHANGED"));
    }

    @Test
    void a_change_needs_a_note_but_a_first_version_does_not() {
        assertThat(editor.save(form(List.of("time-off-requests")), null, "  ").version()).isEqualTo(1);

        assertThatThrownBy(() -> editor.save(form(List.of("crm-basics")), 1, " "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys("note"));
        assertThatThrownBy(() -> editor.save(form(List.of("crm-basics")), 1, "x".repeat(1001)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("under 1000 characters");
        assertThat(editor.history(roleId)).hasSize(1);
    }

    @Test
    void validity_over_10_years_and_grace_over_1_year_are_refused_on_their_fields() {
        assertThatThrownBy(() -> editor.save(new RoleForm(roleId, "T", "", List.of("crm-basics"), List.of(),
                Period.ofMonths(1200), Period.ofDays(30), List.of()), null, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("certificationValidity", "At most 10 years."));
        assertThatThrownBy(() -> editor.save(new RoleForm(roleId, "T", "", List.of("crm-basics"), List.of(),
                Period.ofMonths(12), Period.ofDays(367), List.of()), null, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry("gracePeriod", "At most 1 year."));
        assertThatThrownBy(() -> editor.save(new RoleForm(roleId, "T", "", List.of("crm-basics"), List.of(),
                Period.ofYears(Integer.MAX_VALUE), Period.ofDays(1), List.of()), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("At most 10 years.");
        assertThat(curriculum.role(roleId)).isEmpty();

        assertThat(editor.save(new RoleForm(roleId, "T", "", List.of("crm-basics"), List.of(),
                Period.ofYears(10), Period.ofYears(1), List.of()), null, null).version()).isEqualTo(1);
    }

    @Test
    void a_save_from_an_older_version_is_refused_and_stores_nothing() {
        editor.save(form(List.of("time-off-requests")), null, null);
        editor.save(form(List.of("time-off-requests", "customer-complaints")), 1, "Complaints too");

        assertThatThrownBy(() -> editor.save(form(List.of("crm-basics")), 1, "Only CRM"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Someone saved version 2");
        assertThat(curriculum.role(roleId).orElseThrow().requiredModules()).containsExactly("time-off-requests", "customer-complaints");
    }

    @Test
    void an_unknown_module_or_bad_input_is_refused_with_a_specific_message_and_nothing_stored() {
        assertThatThrownBy(() -> editor.save(form(List.of("no-such-module")), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-module");
        assertThat(curriculum.role(roleId)).isEmpty();
        assertThatThrownBy(() -> editor.save(form(List.of()), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one required module");
        assertThatThrownBy(() -> editor.save(new RoleForm("Bad Id!", "T", "", List.of("crm-basics"), List.of(),
                Period.ofMonths(1), Period.ofDays(1), List.of()), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> editor.save(new RoleForm(roleId, "T", "", List.of("crm-basics"), List.of(), null,
                Period.ofDays(1), List.of()), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one day");
        assertThat(curriculum.role(roleId)).isEmpty();
    }

    @Test
    void learners_and_managers_cannot_edit_roles() {
        PeopleFixture.signInAs(fixture.person("Lee Learner", Authority.LEARNER, Authority.MANAGER));
        assertThatThrownBy(() -> editor.save(form(List.of("crm-basics")), null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.role("support-rep")).isInstanceOf(AccessDeniedException.class);
    }
}
