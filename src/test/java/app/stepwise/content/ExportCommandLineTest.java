package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.StepwiseApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code export DIR [--force]} as an operator runs it: against a data directory, without the web server. */
class ExportCommandLineTest {
    record Run(int exitCode, String out, String err) {
    }

    private static Run run(Path dataDir, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.add("--stepwise.data-dir=" + dataDir);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var originalOut = System.out;
        var originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exitCode = StepwiseApplication.runCommand(all.toArray(String[]::new));
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void export_writes_the_library_as_files_that_import_unchanged_and_refuses_a_non_empty_folder() throws Exception {
        Path dataDir = Files.createTempDirectory("stepwise-cli-export");
        var imported = run(dataDir, "import", Path.of("content").toAbsolutePath().toString());
        assertThat(imported.exitCode()).as(imported.out()).isZero();

        Path target = dataDir.resolve("export");
        var exported = run(dataDir, "export", target.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("16 modules, 5 roles, 0 images exported");
        assertThat(target.resolve("support/crm-basics.md")).hasSameTextualContentAs(Path.of("content/support/crm-basics.md"));
        assertThat(target.resolve("roles/support-rep.md")).exists();

        var refused = run(dataDir, "export", target.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is not empty").contains("--force");
        assertThat(run(dataDir, "export", target.toString(), "--force").exitCode()).isZero();

        var again = run(dataDir, "import", target.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 new, 0 updated, 21 unchanged, 0 failed");

        assertThat(run(dataDir, "export").exitCode()).as("no folder").isEqualTo(2);
    }
}
