package app.stepwise.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What someone typed, split into quoted phrases and runs of plain words. An unclosed quote runs to the
 * end. {@code endsInWord} tells whether the last word may still be being typed (no trailing space).
 */
record QueryText(List<Part> parts, boolean endsInWord) {
    static final int MAX_LENGTH = 300;

    sealed interface Part permits Words, Phrase {
        String text();
    }

    record Words(String text) implements Part {
    }

    record Phrase(String text) implements Part {
    }

    static QueryText parse(String raw) {
        String text = raw == null ? "" : raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        var parts = new ArrayList<Part>();
        var current = new StringBuilder();
        boolean inPhrase = false;
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '“' || c == '”') {
                add(parts, current.toString(), inPhrase);
                current.setLength(0);
                inPhrase = !inPhrase;
            } else {
                current.append(c);
            }
        }
        add(parts, current.toString(), inPhrase);
        boolean endsInWord = !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1))
                && !parts.isEmpty() && parts.getLast() instanceof Words;
        return new QueryText(List.copyOf(parts), endsInWord);
    }

    private static void add(List<Part> parts, String text, boolean phrase) {
        if (!text.isBlank()) {
            parts.add(phrase ? new Phrase(text.strip()) : new Words(text.strip()));
        }
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }
}
