package app.stepwise.content;

import app.stepwise.content.internal.SectionKinds;

/** Which kind of section a {@code ##} heading opens, by the same table the parser uses. Thread-safe. */
public final class SectionHeadings {

    private SectionHeadings() {
    }

    /** The kind of a level-2 heading's text ({@code "Watch out:"} is SNAGS); OTHER when it is no known kind. */
    public static SectionKind kindOf(String headingText) {
        return SectionKinds.classify(2, headingText);
    }
}
