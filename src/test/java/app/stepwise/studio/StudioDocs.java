package app.stepwise.studio;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.content.ContentValidator;
import app.stepwise.content.FileResult;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.SourceFile;
import java.util.List;

/** Test helper: validates Markdown as the importer would (on its own, no library). */
final class StudioDocs {
    private StudioDocs() {
    }

    static FileResult validate(String id, String markdown) {
        return new ContentValidator().validate(List.of(SourceFile.ofText(id + ".md", markdown))).files().getFirst();
    }

    /** The module, asserting the text has no errors and no warnings. */
    static ProcessDoc clean(String id, String markdown) {
        var result = validate(id, markdown);
        assertThat(result.problems()).as("problems in:\n" + markdown).isEmpty();
        return result.module().orElseThrow();
    }
}
