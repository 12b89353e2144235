package app.stepwise.content.internal;

import app.stepwise.content.ModuleMetadata;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads a module's front matter, applying the documented defaults. */
final class ModuleMetadataReader {

    static final Set<String> KEYS = Set.of("id", "title", "roles", "owner", "estimate", "tags", "prerequisites",
            "pass-mark", "version-note", "max-attempts", "cooldown");

    private ModuleMetadataReader() {
    }

    static ModuleMetadata read(FieldReader fields, String path, Optional<String> firstHeading, Problems problems) {
        fields.rejectUnknownKeys(KEYS);
        String id = fields.id("id").orElseGet(() -> derivedId(path, problems));
        String title = fields.text("title").or(() -> firstHeading).orElseGet(() -> FilePaths.baseName(path));
        OptionalInt estimate = fields.clockDuration("estimate", "20m, 1h or 1h30m")
                .map(duration -> OptionalInt.of(Math.toIntExact(Math.min(duration.toMinutes(), Integer.MAX_VALUE))))
                .orElse(OptionalInt.empty());
        int passMark = fields.wholeNumber("pass-mark", 1, 100, "a percentage from 1 to 100, like 80")
                .orElse(ModuleMetadata.DEFAULT_PASS_MARK);
        OptionalInt maxAttempts = fields.wholeNumber("max-attempts", 1, 1000, "a whole number of attempts, 1 or more");
        Optional<Duration> cooldown = fields.clockDuration("cooldown", "10m, 1h or 1d");
        return new ModuleMetadata(id, title, fields.idList("roles"), fields.text("owner"), estimate,
                fields.list("tags"), fields.idList("prerequisites"), passMark, fields.text("version-note"),
                maxAttempts, cooldown);
    }

    /** {@code sales/quote.md} -> {@code sales-quote}: the path keeps ids unique across folders. */
    static String derivedId(String path, Problems problems) {
        String id = Slugs.slug(FilePaths.withoutExtension(path));
        if (id.isEmpty()) {
            problems.error(Position.lineStart(1), "No id can be made from the file name '" + path + "'. Add a "
                    + "front-matter line such as 'id: send-a-quote'.");
            return "unnamed";
        }
        return id;
    }
}
