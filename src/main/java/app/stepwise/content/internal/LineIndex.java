package app.stepwise.content.internal;

import java.util.Arrays;

/** Maps character offsets in a text to 1-based line and column numbers. */
public final class LineIndex {

    private final int[] lineStarts;

    public LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public Position position(int offset) {
        return new Position(line(offset), column(offset));
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
