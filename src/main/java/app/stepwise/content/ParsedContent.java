package app.stepwise.content;

/** What a valid file parses to: a module ({@link ProcessDoc}) or a role ({@link RoleDefinition}). */
public sealed interface ParsedContent permits ProcessDoc, RoleDefinition {

    /** The file, relative to the content root. */
    String path();

    /** The stable key: front-matter {@code id}, or derived from the path. */
    String id();

    /** Hash of the normalised source, for "unchanged re-import creates no version". */
    ContentHash contentHash();
}
