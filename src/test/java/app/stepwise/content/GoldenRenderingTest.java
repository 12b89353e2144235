package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each {@code golden/*.md} and compares it with the {@code .html} next to it. Files named {@code module-*}
 * go through {@link SafeHtmlRenderer#renderModule}; the others through {@link SafeHtmlRenderer#render}. After an
 * intended rendering change, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenRenderingTest {

    private static final Path GOLDEN = Path.of("src/test/resources/content/golden");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void rendering_matches_the_reviewed_html(String name) throws IOException {
        String markdown = Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
        String actual = name.startsWith("module-")
                ? SafeHtmlRenderer.renderModule(Docs.module(markdown)).html()
                : SafeHtmlRenderer.render(markdown);
        Path expectedFile = GOLDEN.resolve(name.replaceFirst("\\.md$", ".html"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
}
