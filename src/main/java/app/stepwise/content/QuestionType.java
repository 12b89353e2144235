package app.stepwise.content;

/** Quiz question types, following the quizdown convention (see docs/content-format.md). */
public enum QuestionType {
    /** {@code 1. [x]} / {@code 1. [ ]} options, exactly one correct. */
    SINGLE_CHOICE,
    /** A single choice whose options are exactly True and False. */
    TRUE_FALSE,
    /** {@code - [x]} / {@code - [ ]} options, at least one correct. */
    MULTIPLE_CHOICE,
    /** A plain numbered list, written in the correct order. */
    ORDERING,
    /** An {@code Answer:} line with accepted answers separated by {@code |}. */
    SHORT_ANSWER
}
