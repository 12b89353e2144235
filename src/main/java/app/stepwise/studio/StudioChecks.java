package app.stepwise.studio;

import app.stepwise.content.ContentLibrary;
import app.stepwise.content.ContentValidator;
import app.stepwise.content.FileResult;
import app.stepwise.content.ModulePreview;
import app.stepwise.content.ModulePublishing;
import app.stepwise.content.ModuleSummary;
import app.stepwise.content.Problem;
import app.stepwise.content.ProcessDoc;
import app.stepwise.content.Severity;
import app.stepwise.content.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a draft as the importer would (the same validator, against the stored library), plus that it still
 * publishes to its own module, and renders its preview and question suggestions. Runs on every pause in typing:
 * a parse takes about a millisecond, the library's ids are two small queries.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(StudioDrafts.TRAINERS)
public class StudioChecks {
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:");
    private final ContentValidator validator = new ContentValidator();
    private final ModulePublishing publishing;
    private final ContentLibrary library;

    StudioChecks(ModulePublishing publishing, ContentLibrary library) {
        this.publishing = publishing;
        this.library = library;
    }

    public DraftCheck check(String moduleKey, String source) {
        StudioDrafts.requireSize(source);
        var current = library.module(moduleKey); // the summary: the path without loading the source
        var file = SourceFile.ofText(path(moduleKey, current.map(ModuleSummary::sourcePath)), source);
        FileResult result = validator.validate(List.of(file), publishing.knownContent()).files().getFirst();
        List<Problem> problems = new ArrayList<>(result.problems());
        Optional<ProcessDoc> doc = result.module();
        doc.filter(d -> !d.id().equals(moduleKey)).ifPresent(d -> problems.add(new Problem(file.path(), idLine(source), 0,
                Severity.ERROR, "This draft publishes module '" + moduleKey + "': keep \"id: " + moduleKey
                + "\" (another id would make another module; start a new module for that).")));
        problems.sort(Comparator.comparingInt(Problem::line));
        int nextVersion = current.map(ModuleSummary::currentVersion).orElse(0) + 1;
        return new DraftCheck(problems, doc, doc.map(d -> ModulePreview.reading(d, nextVersion)),
                doc.map(QuestionSuggestions::from).orElse(List.of()));
    }

    /** The file a draft is published as: the module's own path, or {@code <key>.md} for a new module. */
    static String path(String moduleKey, Optional<String> importedPath) {
        return importedPath.orElse(moduleKey + ".md");
    }

    private static int idLine(String source) {
        var matcher = ID_LINE.matcher(source);
        return matcher.find() ? (int) source.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1 : 1;
    }
}
