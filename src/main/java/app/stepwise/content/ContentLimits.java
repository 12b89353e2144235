package app.stepwise.content;

/**
 * Limits applied before a file is parsed, so one huge or hostile upload cannot exhaust memory.
 *
 * @param maxFileBytes largest accepted file; process docs are text, so 1 MiB is generous
 */
public record ContentLimits(int maxFileBytes) {

    public static final ContentLimits DEFAULTS = new ContentLimits(1024 * 1024);

    public ContentLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
    }
}
