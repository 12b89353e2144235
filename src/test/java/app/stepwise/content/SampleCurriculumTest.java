package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curriculum we ship in content/ is valid and worth learning from: every module has snags, a quiz of
 * at least five questions including an ordering question built from its steps, and a practice task.
 * A folder's README.md is a note for trainers, not a module.
 */
class SampleCurriculumTest {
    private static final Path CONTENT = Path.of("content");
    private static BatchResult result;

    @BeforeAll
    static void validateTheContentFolder() throws IOException {
        List<SourceFile> files;
        try (Stream<Path> paths = Files.walk(CONTENT)) {
            files = paths.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .map(SampleCurriculumTest::read).toList();
        }
        result = new ContentValidator().validate(files);
    }

    private static SourceFile read(Path path) {
        try {
            return new SourceFile(CONTENT.relativize(path).toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_content_folder_validates_without_errors_or_warnings() {
        assertThat(result.problems()).as("problems in content/").isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void there_are_at_least_fifteen_modules_and_five_roles_with_a_promotion_path() {
        assertThat(result.modules()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(result.roles()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.roles()).filteredOn(role -> role.id().equals("support-rep"))
                .singleElement().satisfies(role -> assertThat(role.nextRoles()).contains("tech-support"));
    }

    @Test
    void every_module_has_steps_snags_an_ordering_question_among_five_and_a_practice_task() {
        assertThat(result.modules()).allSatisfy(module -> {
            assertThat(module.steps()).as(module.id() + " steps").hasSizeGreaterThanOrEqualTo(5);
            assertThat(module.sections()).as(module.id() + " snags")
                    .anySatisfy(section -> assertThat(section.kind()).isEqualTo(SectionKind.SNAGS));
            assertThat(module.questions()).as(module.id() + " questions").hasSizeGreaterThanOrEqualTo(5);
            assertThat(module.questions()).as(module.id() + " ordering question")
                    .anySatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.ORDERING));
            assertThat(module.practiceTasks()).as(module.id() + " practice").isNotEmpty();
        });
    }

    @Test
    void every_module_belongs_to_a_role_that_lists_it() {
        var listed = result.roles().stream()
                .flatMap(role -> Stream.concat(role.requiredModules().stream(), role.optionalModules().stream()))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(result.modules()).allSatisfy(module -> assertThat(listed).as(module.id()).contains(module.id()));
    }
}
