package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;

/** Test helpers: parse Markdown written inline, load test resources. */
final class Docs {

    private Docs() {
    }

    static FileResult parse(String path, String markdown) {
        return new ContentParser().parse(SourceFile.ofText(path, markdown));
    }

    static FileResult parse(String markdown) {
        return parse("sales/quote.md", markdown);
    }

    /** Parses a doc that must be valid and returns it. */
    static ProcessDoc module(String markdown) {
        FileResult result = parse(markdown);
        assertThat(result.errors()).as("errors").isEmpty();
        return result.module().orElseThrow();
    }

    static String resource(String path) {
        try (InputStream in = Docs.class.getResourceAsStream("/content/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource content/" + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
