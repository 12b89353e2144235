package app.stepwise.content;

/**
 * One practice task: a top-level {@code - [ ]} item in the Practice section.
 *
 * @param number              1-based position
 * @param title               the leading bold phrase, else the first sentence (plain text)
 * @param descriptionMarkdown the rest of the item, without the {@code Evidence:} and {@code Sign-off:} lines
 * @param evidence            what the learner hands in (default text)
 * @param signOff             who confirms it (default trainer)
 * @param line                1-based line of the item
 */
public record PracticeTask(
        int number, String title, String descriptionMarkdown, Evidence evidence, SignOff signOff, int line) {
}
