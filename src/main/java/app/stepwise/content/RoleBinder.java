package app.stepwise.content;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.internal.binder.BinderPdf;
import app.stepwise.content.internal.store.ContentRoleRepository;
import app.stepwise.shared.Authority;
import app.stepwise.shared.InvalidInputException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A role's binder as PDF: its required modules in order, each at its current version with its date, rendered as
 * learners read them (steps included; quiz and practice, which hold answers, left out). Audited, like an export.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class RoleBinder {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private final Curriculum curriculum;
    private final ContentRoleRepository roles;
    private final AuditLog auditLog;
    private final Clock clock;

    RoleBinder(Curriculum curriculum, ContentRoleRepository roles, AuditLog auditLog, Clock clock) {
        this.curriculum = curriculum;
        this.roles = roles;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public byte[] pdf(String roleId) {
        var role = curriculum.role(roleId)
                .orElseThrow(() -> new InvalidInputException("role", "There is no role '" + roleId + "'."));
        int roleVersion = roles.findByKey(roleId).map(r -> r.getCurrentVersion()).orElse(0);
        var summaries = curriculum.modules(role.requiredModules());
        var chapters = new ArrayList<BinderPdf.Chapter>();
        for (String moduleId : role.requiredModules()) {
            var summary = summaries.get(moduleId);
            curriculum.reading(moduleId).ifPresent(reading -> chapters.add(new BinderPdf.Chapter(moduleId, reading.title(),
                    reading.version(), summary == null ? "" : DAY.format(summary.lastChangedAt()), body(reading))));
        }
        byte[] pdf = BinderPdf.render(new BinderPdf.Binder(roleId, role.title(), roleVersion, DAY.format(clock.instant()), chapters));
        auditLog.record("ROLE_BINDER_EXPORTED", roleId, "v" + roleVersion + ", " + chapters.size() + " modules");
        return pdf;
    }

    /** The reading sections in document order, the steps where the Steps section stands. */
    static String body(ModuleReading reading) {
        var html = new StringBuilder();
        boolean stepsWritten = false;
        for (var section : reading.sections()) {
            if (!stepsWritten && section.kind().ordinal() > SectionKind.STEPS.ordinal()) {
                steps(reading, html);
                stepsWritten = true;
            }
            if (section.heading() != null && !section.heading().isBlank()) {
                html.append("<h2>").append(BinderPdf.escape(section.heading())).append("</h2>");
            }
            html.append(section.html());
        }
        if (!stepsWritten) {
            steps(reading, html);
        }
        return html.toString();
    }

    private static void steps(ModuleReading reading, StringBuilder html) {
        if (reading.steps().isEmpty()) {
            return;
        }
        html.append("<h2>Steps</h2>");
        reading.steps().forEach(step -> html.append("<div class=\"step\"><p class=\"step-number\">Step ")
                .append(step.number()).append("</p>").append(step.html()).append("</div>"));
    }
}
