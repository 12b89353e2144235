package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The example in docs/content-format.md must stay a valid doc that parses as described. */
class FormatDocumentationTest {

    @Test
    void the_documented_example_is_a_valid_module() throws IOException {
        String page = Files.readString(Path.of("docs/content-format.md"));
        String example = page.substring(page.indexOf("```markdown\n") + 12, page.indexOf("\n```\n") + 1);

        BatchResult result = new ContentValidator().validate(List.of(SourceFile.ofText("sales/quote.md", example)),
                KnownContent.ids(Set.of("crm-basics"), Set.of("sales-rep")));

        assertThat(result.problems()).isEmpty();
        ProcessDoc doc = result.modules().getFirst();
        assertThat(doc.steps()).extracting(Step::anchor)
                .containsExactly("step-open-the-template", "check-discount", "step-send");
        assertThat(doc.questions()).singleElement().satisfies(question -> {
            assertThat(question.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(question.stepAnchor()).contains("check-discount");
        });
        assertThat(doc.practiceTasks()).singleElement().extracting(PracticeTask::evidence).isEqualTo(Evidence.FILE);
    }
}
