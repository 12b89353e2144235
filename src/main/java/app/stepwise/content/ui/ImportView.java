package app.stepwise.content.ui;

import app.stepwise.shared.ui.RowClicks;
import app.stepwise.content.ContentImportService;
import app.stepwise.content.ImportOutcome;
import app.stepwise.content.ImportReport;
import app.stepwise.content.ImportedDocument;
import app.stepwise.content.Problem;
import app.stepwise.shared.Authority;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trainers upload process docs (.md), wiki pages (.html) or a .zip of them, and see per file what
 * happened. A problem opens the file at its line.
 */
@Route("content/import")
@PageTitle("Import process docs")
@Menu(order = 21, icon = "vaadin:upload", title = "Import")
@RolesAllowed({Authority.Names.TRAINER, Authority.Names.ADMIN})
public class ImportView extends Div {
    private final Div report = new Div();
    private final transient ContentImportService imports;
    /** The texts of the last upload, so a problem can be shown at its line. */
    private final Map<String, String> uploadedTexts = new HashMap<>();

    /** Says which file was refused and what would be taken, instead of the upload's bare "Incorrect File Type." */
    static String rejected(String fileName, String reason) {
        String name = fileName == null || fileName.isBlank() ? "The file" : "“" + fileName + "”";
        String lower = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("big") || lower.contains("larger")) {
            return name + " is larger than " + (ContentImportService.MAX_UPLOAD_BYTES / (1024 * 1024)) + " MB, the most "
                    + "one upload may be. Split it into several files or zips.";
        }
        return name + " was not imported: upload a process document (.md or .markdown), a wiki page (.html or .htm) "
                + "or a .zip of them.";
    }

    public ImportView(ContentImportService imports) {
        this.imports = imports;
        addClassNames("page", "import-page");
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            remember(metadata.fileName(), bytes);
            show(imports.importUpload(metadata.fileName(), bytes));
            upload.clearFileList(); // ready for the corrected file
        }))));
        upload.setId("content-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ContentImportService.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".md", ".markdown", ".zip", ".html", ".htm");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne("Choose a file…"))
                .setError(new UploadI18N.Error().setIncorrectFileType("Not a .md, .html or .zip file")
                        .setFileIsTooBig("Larger than " + (ContentImportService.MAX_UPLOAD_BYTES / (1024 * 1024)) + " MB")));
        upload.addFileRejectedListener(e -> showMessage(rejected(e.getFileName(), e.getErrorMessage()), true));
        var folder = new Button("Import the content folder again", VaadinIcon.REFRESH.create(),
                e -> show(imports.importContentFolder()));
        folder.setId("reimport-folder");
        var intro = new Paragraph("Upload a process document (.md), a page exported from your wiki (.html), or a .zip "
                + "of documents and roles. Each file is checked first: valid files are imported, unchanged ones are "
                + "skipped, and problems are listed with their line so you can fix them and upload again.");
        intro.addClassName("subtitle");
        report.setId("import-report");
        var card = new Div(upload, folder);
        card.addClassName("card");
        add(intro, card, report);
    }

    private void remember(String fileName, byte[] bytes) {
        uploadedTexts.clear();
        if (fileName.toLowerCase().endsWith(".md") || fileName.toLowerCase().endsWith(".markdown")) {
            uploadedTexts.put(fileName, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void show(ImportReport result) {
        report.removeAll();
        boolean failures = result.hasFailures();
        showMessage((failures ? "Imported with problems: " : "Imported: ") + result.summary() + ".", failures);
        var counts = new Div(badge(result, ImportOutcome.NEW, "new"), badge(result, ImportOutcome.UPDATED, "updated"),
                badge(result, ImportOutcome.UNCHANGED, "unchanged"), badge(result, ImportOutcome.FAILED, "failed"));
        counts.addClassName("badges");
        report.add(counts, documents(result.documents()));
        var problems = result.problems();
        if (!problems.isEmpty()) {
            report.add(problemGrid(problems));
        }
    }

    private static Span badge(ImportReport result, ImportOutcome outcome, String label) {
        var badge = new Span(result.count(outcome) + " " + label);
        badge.getElement().getThemeList().add(outcome == ImportOutcome.FAILED && result.count(outcome) > 0
                ? "badge error" : outcome == ImportOutcome.NEW || outcome == ImportOutcome.UPDATED ? "badge success" : "badge");
        return badge;
    }

    private static Grid<ImportedDocument> documents(List<ImportedDocument> documents) {
        var grid = new Grid<ImportedDocument>();
        grid.setId("imported-documents");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportedDocument::path).setHeader("File").setFlexGrow(3);
        grid.addColumn(d -> d.id() == null ? "" : (d.role() ? "role " : "") + d.id()).setHeader("Id").setFlexGrow(2);
        grid.addColumn(d -> d.outcome().name().toLowerCase()).setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.version() == null ? "" : "v" + d.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.changeClass() == null ? "" : d.changeClass().name().toLowerCase() + ": " + d.changeSummary())
                .setHeader("Change").setFlexGrow(3);
        grid.setItems(documents);
        grid.setAllRowsVisible(documents.size() <= 20);
        return grid;
    }

    private Grid<Problem> problemGrid(List<Problem> problems) {
        var grid = new Grid<Problem>();
        grid.setId("import-problems");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.path() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "")).setHeader("Where").setAutoWidth(true);
        grid.addColumn(p -> p.severity().name().toLowerCase()).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Problem::message).setHeader("Problem").setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 15);
        RowClicks.open(grid, problem -> {
            String text = uploadedTexts.get(problem.path());
            if (text != null && problem.line() > 0) {
                new SourceDialog(problem, text).open();
            }
        });
        return grid;
    }

    private void showMessage(String message, boolean error) {
        var paragraph = new Paragraph(message);
        paragraph.setId("import-message");
        paragraph.addClassNames("callout", error ? "callout-error" : "callout-success");
        report.addComponentAsFirst(paragraph);
    }
}
