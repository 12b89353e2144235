package app.stepwise.content;

/** What a learner hands in for a practice task ({@code Evidence:} line). */
public enum Evidence {
    TEXT,
    LINK,
    FILE
}
