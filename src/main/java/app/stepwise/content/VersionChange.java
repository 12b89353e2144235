package app.stepwise.content;

/**
 * How a draft of a module differs from its current version, as the importer will classify it.
 *
 * @param currentVersion the version the draft would follow
 * @param diff           what changed; {@code null} when the current version no longer parses
 * @param suggested      the importer's suggestion: MATERIAL or MINOR (formatting only counts as minor)
 * @param summary        one line for people: "1 step edited (2. Check the order); details changed: version-note"
 * @param unchanged      the draft is the current source byte for byte: publishing would store nothing
 */
public record VersionChange(int currentVersion, VersionDiff diff, ChangeClass suggested, String summary,
                            boolean unchanged) {
}
