package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stepwise must build and run without Node.js: no frontend bundle is rebuilt (see docs/decisions).
 * If a change brings in frontend code that needs a rebuild, Vaadin writes these files at the root.
 * CI also runs the build with node and npm replaced by failing stubs (.ci/run).
 */
class NoNodeBuildTest {
    @Test
    void the_build_left_no_node_project_files_at_the_root() {
        for (String file : List.of("package.json", "package-lock.json", "tsconfig.json", "types.d.ts",
                "vite.config.ts", "vite.generated.ts", "node_modules")) {
            assertThat(Path.of(file)).as(file + " at the project root means a frontend rebuild crept in").doesNotExist();
        }
    }

    @Test
    void vaadin_keeps_its_generated_files_out_of_our_static_frontend_folder() {
        assertThat(Path.of("frontend/generated")).as("Vaadin used frontend/ as its own folder").doesNotExist();
        assertThat(Path.of("frontend/index.html")).doesNotExist();
        assertThat(Path.of("src/main/frontend/README.md")).exists();
    }

    @Test
    void our_stylesheet_is_served_as_a_static_resource_not_bundled() throws Exception {
        var css = getClass().getResource("/META-INF/resources/styles/stepwise.css");
        assertThat(css).as("frontend/styles/stepwise.css copied to the web root").isNotNull();
        assertThat(Files.readString(Path.of(css.toURI()))).contains("--stepwise-brand");
    }
}
