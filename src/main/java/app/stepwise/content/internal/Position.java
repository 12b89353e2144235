package app.stepwise.content.internal;

/** A 1-based line and column in a source file; line 0 means "the whole file". */
public record Position(int line, int column) {

    public static final Position WHOLE_FILE = new Position(0, 0);

    public static Position lineStart(int line) {
        return new Position(line, 1);
    }
}
