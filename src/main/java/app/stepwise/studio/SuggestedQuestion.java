package app.stepwise.studio;

/**
 * A quiz question generated from the module's own steps or snags, for the trainer to accept or discard.
 *
 * @param id         stable for the same draft text, so a discarded suggestion stays discarded while editing
 * @param kind       what it is made from
 * @param prompt     the question
 * @param markdown   the whole question in the quiz format, ready to insert
 * @param stepAnchor the step it tests (its {@code Step:} line)
 * @param stepNumber that step's number
 */
public record SuggestedQuestion(String id, Kind kind, String prompt, String markdown, String stepAnchor,
                                int stepNumber) {

    public enum Kind {
        /** The steps in order. */
        ORDERING,
        /** Which step follows a given one. */
        NEXT_STEP,
        /** Which of several statements is a snag. */
        SNAG
    }
}
