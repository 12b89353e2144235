package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchValidationTest {

    private final ContentValidator validator = new ContentValidator();

    @Test
    void a_consistent_batch_of_modules_and_roles_is_valid() {
        BatchResult result = validator.validate(List.of(
                file("sales/crm.md", "---\nid: crm-basics\nroles: [sales-rep]\n---\n# CRM\n"),
                file("sales/quote.md", "---\nid: send-a-quote\nprerequisites: [crm-basics]\n---\n# Quote\n"),
                file("roles/sales-rep.md", "---\nrequired: [crm-basics, send-a-quote]\nnext-roles: [lead]\n---\n"),
                file("roles/lead.md", "---\nid: lead\n---\n")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.modules()).extracting(ProcessDoc::id).containsExactly("crm-basics", "send-a-quote");
        assertThat(result.roles()).extracting(RoleDefinition::id).containsExactly("sales-rep", "lead");
    }

    @Test
    void duplicate_module_ids_are_reported_in_both_files() {
        BatchResult result = validator.validate(List.of(
                file("a.md", "---\ntitle: A\nid: quote\n---\n"),
                file("b.md", "---\nid: quote\n---\n"),
                file("c.md", "---\nid: other\n---\n")));

        assertThat(result.file("a.md").orElseThrow().errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("'quote'").contains("b.md (line 2)");
        });
        assertThat(result.file("b.md").orElseThrow().errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("a.md (line 3)");
        });
        assertThat(result.modules()).extracting(ProcessDoc::id).containsExactly("other");
    }

    @Test
    void a_derived_id_that_collides_with_an_explicit_one_is_a_duplicate() {
        BatchResult result = validator.validate(List.of(
                file("sales/quote.md", "Text.\n"),
                file("other.md", "---\nid: sales-quote\n---\n")));

        assertThat(result.errors()).hasSize(2);
    }

    @Test
    void an_unknown_prerequisite_is_an_error_at_its_list_item() {
        BatchResult result = validator.validate(List.of(
                file("quote.md", "---\nprerequisites:\n  - crm-basics\n---\n")));

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("quote.md");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("Unknown module 'crm-basics'");
        });
    }

    @Test
    void prerequisites_and_roles_already_in_the_library_are_known() {
        KnownContent library = KnownContent.ids(Set.of("crm-basics"), Set.of("sales-rep"));

        BatchResult result = validator.validate(List.of(
                file("quote.md", "---\nroles: [sales-rep]\nprerequisites: [crm-basics]\n---\n")), library);

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void an_unknown_role_is_an_error() {
        BatchResult result = validator.validate(List.of(file("quote.md", "---\nroles: [sales-rep, salse-lead]\n---\n")),
                KnownContent.ids(Set.of(), Set.of("sales-rep")));

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(20);
            assertThat(problem.message()).contains("Unknown role 'salse-lead'");
        });
    }

    @Test
    void a_prerequisite_cycle_is_reported_with_its_path_in_every_file_of_the_loop() {
        BatchResult result = validator.validate(List.of(
                file("a.md", "---\nid: a\nprerequisites: [b]\n---\n"),
                file("b.md", "---\nid: b\nprerequisites: [a]\n---\n"),
                file("c.md", "---\nid: c\nprerequisites: [a]\n---\n")));

        assertThat(result.file("a.md").orElseThrow().errors()).singleElement().extracting(Problem::message)
                .asString().contains("a -> b -> a");
        assertThat(result.file("b.md").orElseThrow().errors()).singleElement().extracting(Problem::line)
                .isEqualTo(3);
        assertThat(result.file("c.md").orElseThrow().isValid()).isTrue();
    }

    @Test
    void a_module_that_requires_itself_is_a_cycle() {
        BatchResult result = validator.validate(List.of(file("a.md", "---\nid: a\nprerequisites: [a]\n---\n")));

        assertThat(result.errors()).singleElement().extracting(Problem::message).asString().contains("a -> a");
    }

    @Test
    void a_cycle_through_a_stored_module_is_found() {
        KnownContent library = new KnownContent(Map.of("b", List.of("c"), "c", List.of("a")), Set.of());

        BatchResult result = validator.validate(List.of(file("a.md", "---\nid: a\nprerequisites: [b]\n---\n")),
                library);

        assertThat(result.errors()).singleElement().extracting(Problem::message).asString()
                .contains("a -> b -> c -> a");
    }

    @Test
    void a_new_version_replaces_the_stored_prerequisites_of_the_same_module() {
        KnownContent library = new KnownContent(Map.of("a", List.of("b"), "b", List.of()), Set.of());

        BatchResult result = validator.validate(List.of(file("b.md", "---\nid: b\nprerequisites: [a]\n---\n")),
                library);

        assertThat(result.errors()).singleElement().extracting(Problem::message).asString().contains("b -> a -> b");
    }

    @Test
    void role_files_referencing_unknown_modules_or_roles_are_errors() {
        BatchResult result = validator.validate(List.of(
                file("quote.md", "---\nid: quote\n---\n"),
                file("roles/rep.md", "---\nrequired: [quote, crm]\noptional: [nego]\nnext-roles: [boss]\n---\n")));

        assertThat(result.file("roles/rep.md").orElseThrow().errors()).extracting(Problem::line)
                .containsExactly(2, 3, 4);
    }

    @Test
    void duplicate_role_ids_are_reported() {
        BatchResult result = validator.validate(List.of(
                file("roles/rep.md", "---\nid: rep\n---\n"),
                file("roles/rep-2.md", "---\nid: rep\n---\n")));

        assertThat(result.errors()).hasSize(2).allSatisfy(problem ->
                assertThat(problem.message()).contains("role id 'rep'"));
    }

    @Test
    void an_invalid_file_yields_nothing_and_valid_files_in_the_batch_still_do() {
        BatchResult result = validator.validate(List.of(
                file("good.md", "---\nid: good\n---\n## Steps\n1. a\n"),
                file("bad.md", "---\nid: bad\npass-mark: high\n---\n")));

        assertThat(result.isValid()).isFalse();
        assertThat(result.file("bad.md").orElseThrow().content()).isEmpty();
        assertThat(result.modules()).extracting(ProcessDoc::id).containsExactly("good");
    }

    @Test
    void a_reference_to_a_module_whose_file_has_errors_is_a_warning() {
        BatchResult result = validator.validate(List.of(
                file("good.md", "---\nid: good\nprerequisites: [bad]\n---\n"),
                file("bad.md", "---\nid: bad\npass-mark: high\n---\n")));

        FileResult good = result.file("good.md").orElseThrow();
        assertThat(good.isValid()).isTrue();
        assertThat(good.warnings()).singleElement().extracting(Problem::message).asString().contains("'bad'");
    }

    private static SourceFile file(String path, String text) {
        return SourceFile.ofText(path, text);
    }
}
