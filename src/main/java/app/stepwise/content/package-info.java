/**
 * Process documents as content: this package turns Markdown files (with optional YAML front matter) into validated,
 * structured modules and role definitions, renders them to HTML that is safe to show, converts wiki HTML exports to
 * Markdown, hashes sources so identical re-imports are recognised, and says what changed between two versions. It is
 * pure logic with records and plain Java in its API: no database, no Spring beans, no Flexmark, SnakeYAML or sanitizer
 * types; those adapters live in {@code internal}. Callers (import, CLI, module reader, quiz, practice) start with
 * {@link app.stepwise.content.ContentValidator}, {@link app.stepwise.content.SafeHtmlRenderer} and
 * {@link app.stepwise.content.VersionDiff}.
 */
package app.stepwise.content;
