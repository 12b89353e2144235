package app.stepwise.reporting.ui;

import app.stepwise.course.PathModule;
import app.stepwise.course.RolePath;
import app.stepwise.practice.PracticeProgress;
import app.stepwise.reporting.PersonReport;
import app.stepwise.reporting.PersonReports;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import app.stepwise.shared.PersonId;
import app.stepwise.shared.ui.ResponsiveColumns;
import app.stepwise.quiz.QuizAttemptGrants;
import app.stepwise.quiz.QuizOverview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * One person's training in detail, from the team grid: every module of their role paths with its state and
 * practice, their certifications and refreshers, and every quiz attempt; with the PDF training record. Someone
 * outside the viewer's team looks exactly like someone who does not exist.
 */
@Route("team/person")
@RolesAllowed({Authority.Names.MANAGER, Authority.Names.TRAINER, Authority.Names.ADMIN})
@StyleSheet("context://styles/reporting.css")
public class PersonProgressView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient PersonReports reports;
    private final transient QuizAttemptGrants attemptGrants;
    private String title = "Progress";

    public PersonProgressView(PersonReports reports, QuizAttemptGrants attemptGrants) {
        this.reports = reports;
        this.attemptGrants = attemptGrants;
        addClassNames("page", "person-progress-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(reports.report(new PersonId(id)));
        } catch (AccessDeniedException | InvalidInputException | IllegalArgumentException notYours) {
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(PersonReport report) {
        removeAll();
        var person = report.person();
        title = "Progress of " + person.name();
        var name = new H2(person.name());
        name.setId("person-name");
        var facts = new Paragraph(String.join(" · ", java.util.stream.Stream.of(person.email(), person.jobTitle(),
                person.managerName() == null ? null : "reports to " + person.managerName()).filter(java.util.Objects::nonNull).toList()));
        facts.addClassName("subtitle");
        var back = new Anchor("team", "← Team progress");
        back.setId("back-to-team");
        var pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = reports.trainingRecordPdf(person.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "training-record-" + person.id() + ".pdf",
                    "application/pdf", bytes.length);
        }), "Training record (PDF)");
        pdf.addClassName("button-link");
        pdf.setId("training-record");
        var actions = new Div(back, pdf);
        actions.addClassName("person-actions");
        var header = new Div(name, facts, actions);
        header.addClassNames("card", "person-header");
        add(header, certifications(report));
        var moduleIds = report.paths().stream().flatMap(p -> p.modules().stream()).map(PathModule::moduleId).distinct().toList();
        var heldBack = attemptGrants.heldBack(person.id(), moduleIds);
        report.paths().forEach(path -> add(path(path, report, heldBack)));
        add(quizHistory(report));
    }

    private Div certifications(PersonReport report) {
        var card = new Div(new H3("Certifications"));
        card.addClassNames("card", "person-certifications");
        card.setId("person-certifications");
        if (report.certifications().isEmpty()) {
            card.add(new Paragraph("Not certified for any role yet."));
        }
        report.certifications().forEach(c -> {
            var line = new Div(new Span(c.roleTitle()), ReportFormat.badge(c.status()),
                    new Span("granted " + ReportFormat.day(c.grantedAt()) + " · valid until " + ReportFormat.day(c.validUntil())));
            line.addClassName("certification-line");
            card.add(line);
        });
        report.refreshers().forEach(r -> {
            var line = new Div(new Span("Refresher: " + r.moduleTitle() + " (version " + r.toVersion() + ")"),
                    ReportFormat.badge("due " + ReportFormat.day(r.dueAt()), "warning"), new Span("for " + r.roleTitle()));
            line.addClassName("certification-line");
            card.add(line);
        });
        return card;
    }

    private Div path(RolePath path, PersonReport report, Map<String, QuizOverview> heldBack) {
        var heading = new H3(path.roleTitle());
        var facts = new Paragraph(path.purpose().label() + (path.dueDate() == null ? "" : " · due " + ReportFormat.day(path.dueDate()))
                + " · " + path.percentDone() + "% of required modules done");
        facts.addClassName("subtitle");
        var modules = new Grid<PathModule>();
        modules.setId("modules-" + path.roleId());
        modules.addClassName("path-modules");
        modules.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        modules.addComponentColumn(m -> module(m, report, heldBack.get(m.moduleId()))).setHeader("Module").setFlexGrow(3);
        var required = modules.addColumn(m -> m.required() ? "Required" : "Optional").setHeader("").setAutoWidth(true).setFlexGrow(0);
        modules.addComponentColumn(m -> ReportFormat.badge(m.status())).setHeader("State").setFlexGrow(2);
        var practice = modules.addColumn(m -> practice(report.practice().get(m.moduleId()))).setHeader("Practice").setFlexGrow(2);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, modules, List.of(required, practice));
        modules.setItems(path.modules()); // one path's modules: a few dozen at most
        modules.setAllRowsVisible(true);
        var card = new Div(heading, facts, modules);
        card.addClassNames("card", "person-path");
        return card;
    }

    /**
     * The module's title and, when the person may not start its quiz now (limit or cooldown), a way to grant extra
     * attempts: under the title rather than in a column of its own, which a phone has no room for.
     */
    private Component module(PathModule module, PersonReport report, QuizOverview heldBack) {
        var cell = new Div(new Span(module.title()));
        cell.addClassName("module-cell");
        if (heldBack != null) {
            cell.add(grantAttempts(report, heldBack));
        }
        return cell;
    }

    private Button grantAttempts(PersonReport report, QuizOverview heldBack) {
        var grant = new Button("Grant extra attempts", e -> new GrantAttemptsDialog(attemptGrants, report.person().id(),
                report.person().name(), heldBack, granted -> {
                    Notification.show("Granted " + granted.extraAttempts() + (granted.extraAttempts() == 1 ? " extra attempt" : " extra attempts")
                            + " at " + heldBack.moduleTitle() + ".");
                    show(reports.report(report.person().id()));
                }).open());
        grant.addThemeVariants(ButtonVariant.LUMO_SMALL);
        grant.addClassName("grant-attempts");
        grant.setId("grant-attempts-" + heldBack.moduleId());
        grant.setTooltipText(GrantAttemptsDialog.heldBack(report.person().name(), heldBack));
        return grant;
    }

    private Div quizHistory(PersonReport report) {
        var card = new Div(new H3("Quiz history"));
        card.addClassNames("card", "person-quizzes");
        var attempts = new Grid<PersonReport.AttemptLine>();
        attempts.setId("quiz-history");
        attempts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        attempts.addColumn(PersonReport.AttemptLine::moduleTitle).setHeader("Module").setFlexGrow(3);
        var attempt = attempts.addColumn(a -> "v" + a.version() + " #" + a.attemptNo()).setHeader("Attempt").setAutoWidth(true).setFlexGrow(0);
        attempts.addColumn(a -> (int) Math.floor(a.scorePercent()) + "%").setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        attempts.addComponentColumn(a -> a.passed() ? ReportFormat.badge("Passed", "success") : ReportFormat.badge("Not passed", ""))
                .setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        var submitted = attempts.addColumn(a -> ReportFormat.day(a.submittedAt())).setHeader("Submitted").setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, attempts, List.of(attempt, submitted));
        attempts.setItems(report.quizHistory()); // one person's attempts in their paths' modules
        attempts.setAllRowsVisible(true);
        attempts.setEmptyStateText("No quiz submitted yet.");
        card.add(attempts);
        return card;
    }

    static String practice(PracticeProgress practice) {
        if (practice == null || practice.tasks() == 0) {
            return "—";
        }
        var parts = new java.util.ArrayList<>(List.of(practice.approved() + " of " + practice.tasks() + " approved"));
        if (practice.inReview() > 0) {
            parts.add(practice.inReview() + " in review");
        }
        if (practice.rejected() > 0) {
            parts.add(practice.rejected() + " to redo");
        }
        return String.join(", ", parts);
    }
}
