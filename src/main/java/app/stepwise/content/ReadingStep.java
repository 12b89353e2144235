package app.stepwise.content;

/** A step as the reader shows it: its number, anchor for deep links, sanitised HTML and plain text. */
public record ReadingStep(int number, String anchor, String html, String text) {
}
