package app.stepwise.people.ui;

import app.stepwise.people.ImportProblem;
import app.stepwise.people.PeopleImportResult;
import app.stepwise.people.PeopleImportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Upload a people CSV and see what happened: either a summary of what was imported, or every problem
 * by line, with nothing imported. Size and content are checked on the server, not just in the browser.
 */
class PeopleImportDialog extends Dialog {
    static final String TEMPLATE = """
            name,email,job title,manager email,start date,authorities
            Jamie Fox,jamie.fox@example.com,Support Representative,manager@example.com,2026-03-01,learner
            Robin Lee,robin.lee@example.com,Support Team Lead,,2024-09-15,manager;learner
            """;

    private final Div result = new Div();
    private final transient PeopleImportService importService;
    private final Runnable onImported;

    PeopleImportDialog(PeopleImportService importService, Runnable onImported) {
        this.importService = importService;
        this.onImported = onImported;
        setHeaderTitle("Import people from CSV");
        setId("import-dialog");
        setWidth("min(720px, 100vw)");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                ui -> ui.access(() -> show(importService.importCsv(bytes))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setId("people-upload");
        upload.addFileRejectedListener(e -> showMessage(e.getErrorMessage(), true));
        var template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = TEMPLATE.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "people-template.csv", "text/csv", bytes.length);
        }), "Download a template");
        result.setId("import-result");
        add(new Paragraph("One person per line. Columns: name and email (required), job title, manager email, "
                        + "start date (YYYY-MM-DD), authorities (learner, trainer, manager, admin; separate several with ';'). "
                        + "Existing people are matched by email and updated. Nothing is imported if any line has a problem."),
                template, upload, result);
        getFooter().add(new Button("Close", e -> close()));
    }

    private void show(PeopleImportResult outcome) {
        result.removeAll();
        if (outcome.imported()) {
            showMessage("Imported: " + outcome.created() + " added, " + outcome.updated() + " updated, "
                    + outcome.unchanged() + " unchanged."
                    + (outcome.withoutPassword() > 0 ? " New people can sign in once you set a temporary password for them." : ""),
                    false);
            onImported.run();
            return;
        }
        showMessage("Nothing was imported. Fix " + (outcome.problems().size() == 1 ? "this problem" : "these "
                + outcome.problems().size() + " problems") + " and upload the file again.", true);
        var problems = new Grid<ImportProblem>();
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setItems(outcome.problems());
        problems.setAllRowsVisible(outcome.problems().size() <= 10);
        result.add(problems);
    }

    private void showMessage(String message, boolean error) {
        var paragraph = new Paragraph(message);
        paragraph.addClassNames("callout", error ? "callout-error" : "callout-success");
        result.addComponentAsFirst(paragraph);
    }
}
