package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.people.PeopleFixture;
import app.stepwise.people.internal.PersonRepository;
import app.stepwise.shared.Authority;
import app.stepwise.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class ContentImportIntegrationTest {
    @Autowired ContentImporter importer;
    @Autowired ContentImportService importService;
    @Autowired ContentLibrary library;
    @Autowired PersonRepository people;
    @Autowired PasswordEncoder passwordEncoder;

    String id;

    @BeforeEach
    void signInAsTrainer() {
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Tia Trainer", Authority.TRAINER));
        id = "refunds-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        PeopleFixture.signOut();
    }

    static String doc(String id, String objective, String approveStep) {
        return """
                ---
                id: %s
                title: Refund a customer
                owner: Pat Lee, Support Lead
                estimate: 15m
                tags: [support]
                version-note: Test version.
                ---
                # Refund a customer

                ## Objective
                %s

                ## Steps
                1. **Check the order.** Find the order in the CRM and confirm it was paid.
                2. **Approve the refund.** %s
                3. **Tell the customer.** Send the refund email template the same day.

                ## Snags
                - **Partial refunds.** Refund only the returned items.

                ## Quiz

                ### Who approves refunds over 100 EUR?
                1. [x] The team lead
                1. [ ] Anyone on the team
                > Large refunds need a second pair of eyes.
                Step: 2

                ### Put the refund steps in order
                1. Check the order
                2. Approve the refund
                3. Tell the customer
                """.formatted(id, objective, approveStep);
    }

    private ImportReport importDoc(String text) {
        return importer.importFiles(List.of(SourceFile.ofText("support/" + id + ".md", text)), "tester", "test");
    }

    @Test
    void the_sample_curriculum_imports_completely_and_again_unchanged() {
        var files = ContentFolder.read(Path.of("content"));
        var first = importer.importFiles(files, "tester", "content/");
        assertThat(first.problems()).isEmpty();
        assertThat(first.documents()).hasSize(files.size());
        var second = importer.importFiles(files, "tester", "content/");
        assertThat(second.count(ImportOutcome.UNCHANGED)).isEqualTo(files.size());
        assertThat(library.module("support-ticket-triage")).hasValueSatisfying(m -> {
            assertThat(m.roles()).contains("support-rep", "tech-support");
            assertThat(m.currentVersion()).isEqualTo(1);
        });
    }

    @Test
    void reimporting_unchanged_content_creates_no_version() {
        String text = doc(id, "Refunds are fair and fast.", "Refunds over 100 EUR need the team lead.");
        assertThat(importDoc(text).documents()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(ImportOutcome.NEW);
            assertThat(d.version()).isEqualTo(1);
        });
        assertThat(importDoc(text).documents()).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(ImportOutcome.UNCHANGED));
        assertThat(library.versions(id)).hasSize(1);
    }

    @Test
    void changing_a_step_creates_a_material_version_that_names_the_step() {
        importDoc(doc(id, "Refunds are fair and fast.", "Refunds over 100 EUR need the team lead."));
        var report = importDoc(doc(id, "Refunds are fair and fast.", "Refunds over 50 EUR need the team lead."));

        assertThat(report.documents()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(ImportOutcome.UPDATED);
            assertThat(d.version()).isEqualTo(2);
            assertThat(d.changeClass()).isEqualTo(ChangeClass.MATERIAL);
            assertThat(d.changeSummary()).contains("1 step edited").contains("2. Approve the refund");
        });
        assertThat(library.versions(id)).extracting(ModuleVersionSummary::version).containsExactly(2, 1);
        assertThat(library.module(id)).hasValueSatisfying(m -> assertThat(m.currentVersion()).isEqualTo(2));
    }

    @Test
    void changing_wording_outside_steps_and_quiz_is_minor() {
        importDoc(doc(id, "Refunds are fair and fast.", "Refunds over 100 EUR need the team lead."));
        var report = importDoc(doc(id, "Refunds are fair, fast and friendly.", "Refunds over 100 EUR need the team lead."));
        assertThat(report.documents()).singleElement().satisfies(d -> {
            assertThat(d.changeClass()).isEqualTo(ChangeClass.MINOR);
            assertThat(d.changeSummary()).contains("Objective");
        });
    }

    @Test
    void an_invalid_document_stores_nothing_while_the_rest_of_the_batch_imports() {
        String broken = doc(id + "-broken", "x", "y").replace("1. [ ] Anyone on the team", "1. [x] Anyone on the team");
        var report = importer.importFiles(List.of(
                SourceFile.ofText("support/" + id + ".md", doc(id, "Fine.", "Fine.")),
                SourceFile.ofText("support/" + id + "-broken.md", broken)), "tester", "test");

        assertThat(report.count(ImportOutcome.NEW)).isEqualTo(1);
        assertThat(report.count(ImportOutcome.FAILED)).isEqualTo(1);
        var problem = report.problems().getFirst();
        assertThat(problem.path()).isEqualTo("support/" + id + "-broken.md");
        assertThat(problem.line()).isEqualTo(broken.lines().toList().indexOf("1. [x] Anyone on the team") + 1);
        assertThat(problem.column()).isPositive();
        assertThat(library.module(id + "-broken")).isEmpty();
        assertThat(library.module(id)).isPresent();
    }

    @Test
    void uploads_of_the_wrong_kind_are_refused_with_a_sentence_and_html_pages_are_converted() {
        var refused = importService.importUpload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.hasFailures()).isTrue();
        assertThat(refused.problems().getFirst().message()).contains(".md").contains(".zip");

        String html = "<html><body><h1>Expense claims " + id + "</h1><p>Claims are paid monthly.</p>"
                + "<h2>Steps</h2><ol><li><strong>Collect receipts.</strong> Keep every receipt.</li>"
                + "<li><strong>Submit the claim.</strong> Use the expenses form.</li></ol></body></html>";
        var converted = importService.importUpload("Expenses " + id + ".html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(converted.problems()).noneMatch(Problem::isError);
        assertThat(converted.documents()).singleElement().satisfies(d -> assertThat(d.outcome()).isEqualTo(ImportOutcome.NEW));
    }

    @Test
    void a_trainer_decides_a_suggested_material_change_is_minor_and_the_first_version_has_nothing_to_decide() {
        importDoc(doc(id, "Refunds are fair and fast.", "Refunds over 100 EUR need the team lead."));
        importDoc(doc(id, "Refunds are fair and fast.", "Refunds over 100 EUR need the team lead first."));

        var decided = library.decideChangeClass(id, 2, ChangeClass.MINOR);
        assertThat(decided.changeClass()).isEqualTo(ChangeClass.MINOR);
        assertThat(decided.suggestedChangeClass()).isEqualTo(ChangeClass.MATERIAL);
        assertThat(library.versions(id).getFirst().changeClass()).isEqualTo(ChangeClass.MINOR);
        assertThatThrownBy(() -> library.decideChangeClass(id, 1, ChangeClass.MATERIAL))
                .isInstanceOf(app.stepwise.shared.InvalidInputException.class);

        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Mo Manager", Authority.MANAGER));
        assertThatThrownBy(() -> library.decideChangeClass(id, 2, ChangeClass.MATERIAL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_zip_of_the_content_folder_imports_through_an_upload() throws Exception {
        var zip = new java.io.ByteArrayOutputStream();
        int documents = 0;
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            for (SourceFile file : ContentFolder.read(Path.of("content"))) {
                out.putNextEntry(new java.util.zip.ZipEntry("handbook-main/" + file.path()));
                out.write(file.bytes());
                out.closeEntry();
                documents++;
            }
        }
        var report = importService.importUpload("handbook.zip", zip.toByteArray());
        assertThat(report.problems()).isEmpty();
        assertThat(report.documents()).hasSize(documents)
                .allSatisfy(d -> assertThat(d.outcome()).isIn(ImportOutcome.NEW, ImportOutcome.UNCHANGED, ImportOutcome.UPDATED));
        assertThat(report.documents()).anySatisfy(d -> assertThat(d.path()).isEqualTo("roles/support-rep.md"));
    }

    @Test
    void a_hostile_zip_is_refused_as_a_whole_with_a_sentence() throws Exception {
        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../etc/evil.md"));
            out.write("# Evil".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        var report = importService.importUpload("evil.zip", zip.toByteArray());
        assertThat(report.hasFailures()).isTrue();
        assertThat(report.documents()).singleElement().satisfies(d -> assertThat(d.id()).isNull());
        assertThat(report.problems().getFirst().message()).isNotBlank();
    }

    @Test
    void learners_cannot_import() {
        PeopleFixture.signInAs(new PeopleFixture(people, passwordEncoder).person("Lars Learner", Authority.LEARNER));
        assertThatThrownBy(() -> importService.importUpload("a.md", "# A".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.count(null)).isInstanceOf(AccessDeniedException.class);
    }
}
