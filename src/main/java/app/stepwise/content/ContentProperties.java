package app.stepwise.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code stepwise.content.dir} (env STEPWISE_CONTENT_DIR): the content folder imported at first start and
 * on demand. {@code stepwise.content.import-on-start}: import it when the library is empty.
 */
@ConfigurationProperties("stepwise.content")
public record ContentProperties(Path dir, boolean importOnStart) {
    public ContentProperties {
        dir = dir == null ? Path.of("content") : dir;
    }
}
