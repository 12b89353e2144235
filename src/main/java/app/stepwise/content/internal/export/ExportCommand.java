package app.stepwise.content.internal.export;

import app.stepwise.audit.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar stepwise.jar export DIR [--force]}: writes the library into DIR, no web server. A folder that
 * exists and is not empty is refused unless {@code --force}, which overwrites files of the same name and leaves
 * other files alone (it never deletes).
 */
@Component
@Order(20)
@ConditionalOnProperty("stepwise.cli.export-dir")
class ExportCommand implements ApplicationRunner, ExitCodeGenerator {
    private final ContentExporter exporter;
    private final AuditLog auditLog;
    private final Path dir;
    private final boolean force;
    private int exitCode;

    ExportCommand(ContentExporter exporter, AuditLog auditLog, @Value("${stepwise.cli.export-dir}") Path dir,
                  @Value("${stepwise.cli.export-force:false}") boolean force) {
        this.exporter = exporter;
        this.auditLog = auditLog;
        this.dir = dir;
        this.force = force;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            System.err.println(dir + " is not a folder.");
            exitCode = 2;
            return;
        }
        if (!force && isNonEmptyFolder(dir)) {
            System.err.println(dir + " is not empty. Choose an empty folder, or add --force to overwrite files of the same name.");
            exitCode = 2;
            return;
        }
        Files.createDirectories(dir);
        var summary = exporter.all(new FolderSink(dir));
        auditLog.record("cli", "CONTENT_EXPORTED", "folder " + dir.toAbsolutePath(), summary.text(), null);
        System.out.println(summary.text() + " to " + dir.toAbsolutePath());
        exitCode = summary.skipped() == 0 ? 0 : 1;
    }

    private static boolean isNonEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
