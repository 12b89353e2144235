package app.stepwise.content;

import app.stepwise.audit.AuditLog;
import app.stepwise.content.internal.export.ContentExporter;
import app.stepwise.content.internal.export.ZipSink;
import app.stepwise.shared.Authority;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downloads of the library as a zip of files in our format: everything, one module or one role. For trainers and
 * admins; every export is audited. The zip is streamed, so a large library is never held in memory at once.
 */
@Service
// Not read-only: the audit entry is written in the same transaction (MariaDB refuses writes in a read-only one).
@Transactional
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class ContentExport {
    private final ContentExporter exporter;
    private final AuditLog auditLog;

    ContentExport(ContentExporter exporter, AuditLog auditLog) {
        this.exporter = exporter;
        this.auditLog = auditLog;
    }

    public ExportSummary everything(OutputStream out) {
        return zip(out, "everything", sink -> exporter.all(sink));
    }

    public ExportSummary module(String moduleId, OutputStream out) {
        return zip(out, "module " + moduleId, sink -> exporter.module(moduleId, sink));
    }

    public ExportSummary role(String roleId, OutputStream out) {
        return zip(out, "role " + roleId, sink -> exporter.role(roleId, sink));
    }

    private ExportSummary zip(OutputStream out, String what, java.util.function.Function<ExportSink, ExportSummary> export) {
        try (var sink = new ZipSink(out)) {
            var summary = export.apply(sink);
            auditLog.record("CONTENT_EXPORTED", what, summary.text());
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export", e);
        }
    }
}
