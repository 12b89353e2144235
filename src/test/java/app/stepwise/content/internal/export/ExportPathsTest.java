package app.stepwise.content.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportPathsTest {
    @Test
    void only_plain_relative_paths_are_written() {
        assertThat(ExportPaths.safe("modules/crm basics.md")).contains("modules/crm basics.md");
        assertThat(ExportPaths.safe("images/a.png")).isPresent();
        for (String bad : new String[] {"../x.md", "a/../../x.md", "/etc/passwd", "C:/x.md", "a\\..\\x.md", "a//b.md",
                "./x.md", "", "a/\u0000.md", "modules/"}) {
            assertThat(ExportPaths.safe(bad)).as(bad).isEmpty();
        }
    }
}
