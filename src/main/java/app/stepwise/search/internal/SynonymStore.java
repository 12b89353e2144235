package app.stepwise.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synonym file under the data directory. On first start it is created from the one shipped with
 * Stepwise; trainers edit it in the app. A file that does not parse is reported and ignored at start,
 * and refused when saved.
 */
final class SynonymStore {
    private static final Logger log = LoggerFactory.getLogger(SynonymStore.class);
    static final String DEFAULT_RESOURCE = "/search/synonyms.txt";
    static final int MAX_BYTES = 200_000;

    private final Path file;
    private volatile Synonyms current = Synonyms.none();

    SynonymStore(Path file) {
        this.file = file;
    }

    void load() {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, defaultText());
            }
            current = Synonyms.parse(Files.readString(file));
        } catch (Synonyms.SynonymProblem problem) {
            log.warn("The synonym file {} is ignored until it is fixed: {}", file.toAbsolutePath(), problem.getMessage());
        } catch (IOException e) {
            log.warn("The synonym file {} cannot be read: {}", file.toAbsolutePath(), e.toString());
        }
    }

    Synonyms synonyms() {
        return current;
    }

    String text() {
        try {
            return Files.exists(file) ? Files.readString(file) : defaultText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks, then replaces the file atomically; queries use the new synonyms at once. */
    Synonyms save(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new Synonyms.SynonymProblem(1, "The file is larger than " + MAX_BYTES / 1000 + " KB.");
        }
        var parsed = Synonyms.parse(text);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "synonyms", ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = parsed;
        return parsed;
    }

    static String defaultText() {
        try (InputStream in = SynonymStore.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
