package app.stepwise.search.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass when the text is set: after ".", "!" or "?"
 * (and any closing quote or bracket) followed by white space and then not a lower-case letter ("e.g.
 * the" stays one sentence), and after a line break. The JDK's rule-based sentence iterator handles more
 * cases at several times the cost per character, which showed as a tenth of a search's time.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int[] bounds = {0};
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        bounds = bounds(newText);
        current = 0;
    }

    @Override
    public void setText(CharacterIterator characters) {
        var copy = new StringBuilder();
        for (char c = characters.first(); c != CharacterIterator.DONE; c = characters.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        current = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        current = bounds.length - 1;
        return bounds[current];
    }

    @Override
    public int current() {
        return bounds[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= bounds.length) {
            current = target < 0 ? 0 : bounds.length - 1;
            return DONE;
        }
        current = target;
        return bounds[current];
    }

    /** The first boundary after the offset. */
    @Override
    public int following(int offset) {
        int index = insertionPoint(offset + 1);
        if (index == bounds.length) {
            current = bounds.length - 1;
            return DONE;
        }
        current = index;
        return bounds[current];
    }

    /** The last boundary before the offset. */
    @Override
    public int preceding(int offset) {
        int index = insertionPoint(offset) - 1;
        if (index < 0) {
            current = 0;
            return DONE;
        }
        current = index;
        return bounds[current];
    }

    @Override
    public boolean isBoundary(int offset) {
        return Arrays.binarySearch(bounds, offset) >= 0;
    }

    /** Index of the first boundary at or after the offset. */
    private int insertionPoint(int offset) {
        int found = Arrays.binarySearch(bounds, offset);
        return found >= 0 ? found : -found - 1;
    }

    static int[] bounds(String text) {
        int n = text.length();
        var found = new int[8];
        int count = 1; // found[0] = 0
        for (int i = 0; i < n; i++) {
            int next = sentenceStartAfter(text, i);
            if (next > found[count - 1] && next < n) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = next;
                i = next - 1;
            }
        }
        if (n > 0) {
            found = count == found.length ? Arrays.copyOf(found, count + 1) : found;
            found[count++] = n;
        }
        return Arrays.copyOf(found, count);
    }

    /** Where a new sentence starts if the character at {@code i} ends one, else -1. */
    private static int sentenceStartAfter(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return i + 1;
        }
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int j = i + 1;
        while (j < text.length() && "\"')]”’".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        int k = j;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k > j && k < text.length() && !Character.isLowerCase(text.charAt(k)) ? k : -1;
    }
}
