package app.stepwise.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

/**
 * What the index knows about words, for one search: whether a stem occurs at all, and the indexed
 * words within a typo of an unknown word (one edit from 4 letters, two from 8 when none is one edit
 * away), best first. The same
 * corrections serve typo-tolerant matching and "Did you mean", so each unknown word is looked up once.
 */
final class Vocabulary {
    static final int CORRECTIONS = 3;
    /** Completions are chosen among this many terms in order; a one-letter prefix may start thousands. */
    static final int COMPLETIONS_LOOKED_AT = 500;
    private static final DirectSpellChecker ONE_EDIT = checker(1);
    private static final DirectSpellChecker TWO_EDITS = checker(2);

    private final IndexReader reader;
    private final Map<String, List<String>> corrections = new HashMap<>();

    Vocabulary(IndexReader reader) {
        this.reader = reader;
    }

    /** For tests and callers without an index: knows nothing, corrects nothing. */
    static Vocabulary none() {
        return new Vocabulary(null);
    }

    static int editsAllowed(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    boolean knowsStem(String stem) {
        return reader != null && docFreq(new Term(IndexSchema.TEXT, stem)) > 0;
    }

    boolean knowsWord(String word) {
        return reader != null && docFreq(new Term(IndexSchema.SPELL, word)) > 0;
    }

    /** Indexed words within the allowed edits of a word the index lacks; empty for known or short words. */
    List<String> corrections(String word) {
        int edits = Math.max(editsAllowed(word), word.length() >= 3 ? 1 : 0);
        if (reader == null || edits == 0 || knowsWord(word)) {
            return List.of();
        }
        return corrections.computeIfAbsent(word, w -> {
            // Words one edit away always rank above words two away, so two edits are looked for only
            // when one finds nothing: the two-edit automaton is the dearest part of a misspelt search.
            var closest = suggest(ONE_EDIT, w);
            return closest.isEmpty() && edits == 2 ? suggest(TWO_EDITS, w) : closest;
        });
    }

    private List<String> suggest(DirectSpellChecker checker, String word) {
        try {
            return Arrays.stream(checker.suggestSimilar(new Term(IndexSchema.SPELL, word), CORRECTIONS, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)).map(s -> s.string).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The most frequent indexed stems that start with what is being typed, for as-you-type matching:
     * plain terms score with the field boosts (a heading match counts), where a prefix query could not.
     */
    List<String> completions(String prefix, int max) {
        if (reader == null) {
            return List.of();
        }
        try {
            var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, IndexSchema.TEXT);
            if (terms == null) {
                return List.of();
            }
            var iterator = terms.iterator();
            var start = new org.apache.lucene.util.BytesRef(prefix);
            if (iterator.seekCeil(start) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
                return List.of();
            }
            var found = new java.util.ArrayList<Map.Entry<String, Integer>>();
            int looked = 0;
            for (var term = iterator.term(); term != null && org.apache.lucene.util.StringHelper.startsWith(term, start)
                    && looked < COMPLETIONS_LOOKED_AT; term = iterator.next(), looked++) {
                found.add(Map.entry(term.utf8ToString(), iterator.docFreq()));
            }
            found.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            return found.stream().limit(max).map(Map.Entry::getKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int docFreq(Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectSpellChecker checker(int maxEdits) {
        var checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinQueryLength(3);
        checker.setMinPrefix(1); // a typo in the first letter is rare, and checking it costs the most
        checker.setAccuracy(0.5f);
        return checker;
    }
}
