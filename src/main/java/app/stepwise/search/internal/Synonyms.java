package app.stepwise.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Synonyms in the Solr text format, applied to queries only (so editing them never needs a reindex):
 * {@code pto, time off, paid time off} makes each phrase find the others; {@code po => purchase order}
 * replaces the left side by the right. Lines starting with {@code #} are comments.
 */
public final class Synonyms {
    static final int MAX_LINES = 2_000;
    static final int MAX_WORDS_PER_PHRASE = 6;

    /** For each phrase (words joined by a space), what a query containing it also searches for. */
    private final Map<String, List<List<String>>> expansions;
    private final int longestPhrase;

    private Synonyms(Map<String, List<List<String>>> expansions) {
        this.expansions = Map.copyOf(expansions);
        this.longestPhrase = expansions.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    public static Synonyms none() {
        return new Synonyms(Map.of());
    }

    /** Parses the file's text; a problem names its line, so trainers can fix it. */
    public static Synonyms parse(String text) {
        var expansions = new LinkedHashMap<String, List<List<String>>>();
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            throw new SynonymProblem(MAX_LINES + 1, "The file has more than " + MAX_LINES + " lines.");
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                throw new SynonymProblem(lineNumber, "Use \"=>\" at most once in a line.");
            }
            var from = phrases(sides[0], lineNumber);
            var to = sides.length == 2 ? phrases(sides[1], lineNumber) : from;
            if (sides.length == 1 && from.size() < 2) {
                throw new SynonymProblem(lineNumber, "List at least two phrases separated by commas, e.g. \"pto, time off\".");
            }
            for (var phrase : from) {
                var list = expansions.computeIfAbsent(String.join(" ", phrase), k -> new ArrayList<>());
                to.stream().filter(t -> !list.contains(t)).forEach(list::add);
            }
        }
        return new Synonyms(expansions);
    }

    private static List<List<String>> phrases(String side, int line) {
        var phrases = new ArrayList<List<String>>();
        for (String part : side.split(",", -1)) {
            var words = TextAnalysis.terms(TextAnalysis.WORDS, part);
            if (words.isEmpty()) {
                throw new SynonymProblem(line, "An empty phrase: remove the extra comma or add the missing words.");
            }
            if (words.size() > MAX_WORDS_PER_PHRASE) {
                throw new SynonymProblem(line, "\"" + part.strip() + "\" is longer than " + MAX_WORDS_PER_PHRASE + " words.");
            }
            phrases.add(List.copyOf(words));
        }
        return phrases;
    }

    public int size() {
        return expansions.size();
    }

    /** The longest phrase starting at {@code start} that has synonyms: how many words it covers and what to search. */
    Optional<Match> longestMatch(List<String> words, int start) {
        for (int length = Math.min(longestPhrase, words.size() - start); length > 0; length--) {
            var alternatives = expansions.get(String.join(" ", words.subList(start, start + length)));
            if (alternatives != null) {
                return Optional.of(new Match(length, alternatives));
            }
        }
        return Optional.empty();
    }

    record Match(int length, List<List<String>> alternatives) {
    }

    /** A line of the synonym file that cannot be read. */
    public static final class SynonymProblem extends RuntimeException {
        private final int line;

        SynonymProblem(int line, String message) {
            super("Line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
