package app.stepwise.reporting.internal;

import app.stepwise.course.ModuleStatus;
import app.stepwise.course.PathModule;
import app.stepwise.course.RolePath;
import app.stepwise.practice.PracticeProgress;
import app.stepwise.reporting.PersonReport;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A person's training record as an A4 PDF, from our own XHTML with the renderer's built-in fonts. Every value is
 * escaped for XML (and stripped of control characters, which XML cannot hold).
 */
public final class TrainingRecordPdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #1f2a37; }
            .brand { font-size: 10pt; letter-spacing: 3px; color: #2f5d8a; }
            h1 { font-size: 20pt; margin: 2mm 0 1mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; color: #1d5f8a; }
            .facts { color: #52606d; margin: 0 0 1mm 0; }
            table { width: 100%; border-collapse: collapse; margin-top: 2mm; }
            th { text-align: left; font-size: 8.5pt; color: #52606d; border-bottom: 1px solid #9aa5b1; padding: 1.5mm 1mm; }
            td { border-bottom: 1px solid #e4e7eb; padding: 1.5mm 1mm; vertical-align: top; }
            .done { color: #1d6b41; font-weight: bold; }
            .none { color: #7b8794; font-style: italic; }
            """;

    private TrainingRecordPdf() {
    }

    public static byte[] render(PersonReport report) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(report), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }

    static String xhtml(PersonReport report) {
        var person = report.person();
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>Training record</title><style>")
                .append(STYLE).append("</style></head><body><div class=\"brand\">STEPWISE</div><h1>Training record</h1>");
        html.append("<p class=\"facts\"><b>").append(xml(person.name())).append("</b> · ").append(xml(person.email()));
        if (person.jobTitle() != null) {
            html.append(" · ").append(xml(person.jobTitle()));
        }
        if (person.managerName() != null) {
            html.append(" · reports to ").append(xml(person.managerName()));
        }
        html.append("</p><p class=\"facts\">As of ").append(day(report.generatedAt())).append(" (UTC)</p>");
        certifications(html, report);
        report.paths().forEach(path -> path(html, path, report));
        quizHistory(html, report);
        return html.append("</body></html>").toString();
    }

    private static void certifications(StringBuilder html, PersonReport report) {
        html.append("<h2>Certifications</h2>");
        if (report.certifications().isEmpty()) {
            html.append("<p class=\"none\">Not certified for any role yet.</p>");
        } else {
            html.append("<table><tr><th>Role</th><th>Status</th><th>Granted</th><th>Valid until</th></tr>");
            report.certifications().forEach(c -> html.append(row(c.roleTitle(), c.status().label(), day(c.grantedAt()),
                    day(c.validUntil()))));
            html.append("</table>");
        }
        if (!report.refreshers().isEmpty()) {
            html.append("<table><tr><th>Refresher due</th><th>Module</th><th>For role</th><th>Due</th></tr>");
            report.refreshers().forEach(r -> html.append(row("Version " + r.toVersion(), r.moduleTitle(), r.roleTitle(),
                    day(r.dueAt()))));
            html.append("</table>");
        }
    }

    private static void path(StringBuilder html, RolePath path, PersonReport report) {
        html.append("<h2>").append(xml(path.roleTitle())).append("</h2><p class=\"facts\">").append(xml(path.purpose().label()))
                .append(path.dueDate() == null ? "" : " · due " + xml(path.dueDate().toString()))
                .append(" · ").append(path.percentDone()).append("% of required modules done</p>");
        html.append("<table><tr><th>Module</th><th></th><th>State</th><th>Practice</th></tr>");
        for (PathModule module : path.modules()) {
            String state = module.status() == ModuleStatus.DONE ? "<span class=\"done\">Done</span>" : xml(module.status().label());
            html.append("<tr><td>").append(xml(module.title())).append("</td><td>").append(module.required() ? "required" : "optional")
                    .append("</td><td>").append(state).append("</td><td>").append(xml(practice(report.practice().get(module.moduleId()))))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void quizHistory(StringBuilder html, PersonReport report) {
        html.append("<h2>Quiz history</h2>");
        if (report.quizHistory().isEmpty()) {
            html.append("<p class=\"none\">No quiz submitted yet.</p>");
            return;
        }
        html.append("<table><tr><th>Module</th><th>Version</th><th>Attempt</th><th>Score</th><th>Result</th><th>Submitted</th></tr>");
        report.quizHistory().forEach(a -> html.append(row(a.moduleTitle(), "v" + a.version(), "#" + a.attemptNo(),
                (int) Math.floor(a.scorePercent()) + "%", a.passed() ? "Passed" : "Not passed", day(a.submittedAt()))));
        html.append("</table>");
    }

    private static String practice(PracticeProgress practice) {
        if (practice == null || practice.tasks() == 0) {
            return "none";
        }
        return practice.approved() + " of " + practice.tasks() + " approved"
                + (practice.inReview() > 0 ? ", " + practice.inReview() + " in review" : "")
                + (practice.rejected() > 0 ? ", " + practice.rejected() + " to redo" : "");
    }

    private static String row(String... cells) {
        var row = new StringBuilder("<tr>");
        for (String cell : cells) {
            row.append("<td>").append(xml(cell)).append("</td>");
        }
        return row.append("</tr>").toString();
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    private static String xml(String text) {
        return XmlText.escape(text);
    }
}
