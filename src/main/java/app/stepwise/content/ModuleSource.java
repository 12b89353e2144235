package app.stepwise.content;

/**
 * The Markdown source of a module's current version, for editing it in the trainer studio.
 *
 * @param id          the module id
 * @param version     the current version number
 * @param path        the file the version was imported from (relative to the content root)
 * @param text        the source, line endings normalised to {@code \n}
 * @param contentHash hash of the source: the same text published again makes no new version
 */
public record ModuleSource(String id, int version, String path, String text, String contentHash) {

    public SourceFile toSourceFile() {
        return SourceFile.ofText(path, text);
    }
}
