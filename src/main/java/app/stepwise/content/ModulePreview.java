package app.stepwise.content;

/**
 * A parsed draft rendered exactly as the learner's module reader shows a published version (sanitised HTML,
 * step anchors, served images), for the trainer studio's live preview. Thread-safe.
 */
public final class ModulePreview {

    private ModulePreview() {
    }

    /** The reading of a draft that would become {@code version}. */
    public static ModuleReading reading(ProcessDoc draft, int version) {
        return Curriculum.reading(draft, version, draft.metadata().versionNote().orElse(null));
    }
}
