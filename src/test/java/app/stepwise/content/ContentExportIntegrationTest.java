package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.internal.export.ContentExporter;
import app.stepwise.content.internal.export.FolderSink;
import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.studio.StudioDrafts;
import app.stepwise.studio.StudioPublishing;
import app.stepwise.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Export then import stores nothing new: every document comes back unchanged, whoever wrote it and however. */
@IntegrationTest
class ContentExportIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired ContentExporter exporter;
    @Autowired ContentExport export;
    @Autowired RoleEditor roles;
    @Autowired StudioDrafts drafts;
    @Autowired StudioPublishing publishing;
    @Autowired app.stepwise.audit.AuditLog auditLog;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    /** A 1×1 transparent PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsTrainer() {
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Tia Trainer", Authority.TRAINER));
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    @Test
    void exporting_then_importing_the_export_stores_no_new_version(@TempDir Path dir) {
        importer.importFiles(ContentFolder.read(Path.of("content")), "test", "sample content");
        importer.importFiles(List.of(new SourceFile("images/export-" + suffix + ".png", PNG)), "test", "an image");
        String moduleKey = "export-" + suffix;
        var draft = drafts.create(moduleKey, "Exported " + moduleKey);
        publishing.publish(moduleKey, 0, draft.version(), draft.source(), "Studio version", null);
        String roleId = "export-role-" + suffix;
        roles.save(new RoleForm(roleId, "Export desk", "Edited in the app.", List.of(moduleKey, "crm-basics"),
                List.of(), Period.ofMonths(12), Period.ofDays(30), List.of()), null, "Made in the app");

        var summary = exporter.all(new FolderSink(dir));
        assertThat(summary.skipped()).isZero();
        assertThat(summary.modules()).isGreaterThanOrEqualTo(17);
        assertThat(summary.images()).isPositive();

        var report = importer.importFiles(ContentFolder.read(dir), "test", "export round trip");
        assertThat(report.documents()).isNotEmpty().allSatisfy(document ->
                assertThat(document.outcome()).as(document.path()).isEqualTo(ImportOutcome.UNCHANGED));
        assertThat(report.documents()).extracting(ImportedDocument::id).contains(moduleKey, roleId, "crm-basics");
    }

    @Test
    void a_download_is_a_zip_of_the_chosen_documents_and_learners_cannot_export() throws Exception {
        var all = new ByteArrayOutputStream();
        var summary = export.everything(all);
        assertThat(entries(all.toByteArray())).hasSize(summary.modules() + summary.roles() + summary.images())
                .anyMatch(name -> name.endsWith(".md")).noneMatch(name -> name.startsWith("/") || name.contains(".."));

        var one = new ByteArrayOutputStream();
        assertThat(export.module("crm-basics", one).modules()).isEqualTo(1);
        assertThat(entries(one.toByteArray())).singleElement().asString().endsWith(".md");
        assertThatThrownBy(() -> export.role("no-such-role", new ByteArrayOutputStream()))
                .isInstanceOf(app.stepwise.shared.InvalidInputException.class);

        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Ada Admin", Authority.ADMIN));
        assertThat(auditLog.recentFor("module crm-basics", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CONTENT_EXPORTED");
            assertThat(entry.actor()).isNotEqualTo(app.stepwise.audit.AuditLog.SYSTEM); // the trainer who exported
            assertThat(entry.details()).startsWith("1 modules, 0 roles");
        });
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Lee Learner", Authority.LEARNER));
        assertThatThrownBy(() -> export.everything(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    static List<String> entries(byte[] zip) throws Exception {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(in.readAllBytes()).isNotEmpty();
            }
        }
        return names;
    }

    @Test
    void the_folder_sink_never_writes_outside_its_folder(@TempDir Path dir) throws Exception {
        var sink = new FolderSink(dir.resolve("out"));
        assertThatThrownBy(() -> sink.write("../escape.md", new byte[] {1})).hasMessageContaining("outside");
        assertThatThrownBy(() -> sink.write("/etc/escape.md", new byte[] {1})).hasMessageContaining("outside");
        assertThat(Files.exists(dir.resolve("escape.md"))).isFalse();
        sink.write("roles/ok.md", new byte[] {1});
        assertThat(dir.resolve("out/roles/ok.md")).exists();
    }
}
