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
    void reordering_alone_is_a_change_and_saving_the_same_role_again_changes_nothing() {
        editor.save(form(List.of("time-off-requests", "customer-complaints")), null, null);
        var reordered = editor.save(form(List.of("customer-complaints", "time-off-requests")), 1, null);
        assertThat(reordered.changeSummary()).isEqualTo("required reordered");

        var again = editor.save(form(List.of("customer-complaints", "time-off-requests")), 2, null);
        assertThat(again.version()).isEqualTo(2);
        assertThat(editor.history(roleId)).hasSize(2);
    }

    @Test
    void a_save_from_an_older_version_is_refused_and_stores_nothing() {
        editor.save(form(List.of("time-off-requests")), null, null);
        editor.save(form(List.of("time-off-requests", "customer-complaints")), 1, null);

        assertThatThrownBy(() -> editor.save(form(List.of("crm-basics")), 1, null))
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
