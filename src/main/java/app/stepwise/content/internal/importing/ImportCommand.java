package app.stepwise.content.internal.importing;

import app.stepwise.content.ContentFolder;
import app.stepwise.content.ImportOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code java -jar stepwise.jar import DIR}: imports a folder into the configured database, no web server. */
@Component
@Order(20)
@ConditionalOnProperty("stepwise.cli.import-dir")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {
    private final ContentImporter importer;
    private final Path dir;
    private int exitCode;

    ImportCommand(ContentImporter importer, @Value("${stepwise.cli.import-dir}") Path dir) {
        this.importer = importer;
        this.dir = dir;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Files.isDirectory(dir)) {
            System.err.println(dir + " is not a folder.");
            exitCode = 2;
            return;
        }
        var report = importer.importFiles(ContentFolder.read(dir), "cli", "folder " + dir.toAbsolutePath());
        for (var document : report.documents()) {
            String what = document.outcome() == ImportOutcome.FAILED ? "failed" : document.outcome().name().toLowerCase()
                    + (document.version() == null ? "" : " (version " + document.version() + ")")
                    + (document.changeClass() == null ? "" : ", " + document.changeClass().name().toLowerCase() + ": " + document.changeSummary());
            System.out.println(dir.resolve(document.path()) + ": " + what);
            document.problems().forEach(p -> System.out.println("  " + dir.resolve(p.path()) + p.toString().substring(p.path().length())));
        }
        System.out.println(report.summary());
        exitCode = report.hasFailures() ? 1 : 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
