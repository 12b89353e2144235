package app.stepwise.search.internal;

import static app.stepwise.search.internal.IndexSchema.BODY;
import static app.stepwise.search.internal.IndexSchema.CONTEXT;
import static app.stepwise.search.internal.IndexSchema.HEADING;
import static app.stepwise.search.internal.IndexSchema.META;
import static app.stepwise.search.internal.IndexSchema.STEP;
import static app.stepwise.search.internal.IndexSchema.TEXT;
import static app.stepwise.search.internal.IndexSchema.TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns typed text into a Lucene query. Each word, quoted phrase or synonym phrase is a slot; a slot
 * matches its exact (stemmed) term in the boosted fields, or, for a word the index does not have, the
 * words within a typo of it (edit distance 1 from 4 letters, 2 from 8, scored well below exact
 * matches), or, for the word still being typed, a prefix. Skipping typo expansion for known words keeps
 * common queries fast and means a correctly spelt word is never outranked by its neighbours.
 * {@link Match} says how many slots must match: all first, then fewer when that finds (almost) nothing.
 */
final class QueryFactory {
    enum Match { ALL, MOST, ANY }

    /** Title and step text rank above body text; the module title on a step or section is context only. */
    static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 3f, HEADING, 2.5f, STEP, 2f, BODY, 1f, META, 0.8f,
            CONTEXT, 1.2f);
    static final float TYPO_BOOST = 0.25f;
    static final float PREFIX_BOOST = 0.8f;
    static final int MAX_SLOTS = 16;
    /** While typing, the last word matches its most frequent completions in the index. */
    static final int COMPLETIONS = 5;

    private final QueryBuilder phrases = new QueryBuilder(TextAnalysis.ENGLISH);

    /** The slots of a query (each a query that must or should match); empty when nothing searchable is left. */
    List<Query> slots(QueryText text, Synonyms synonyms, boolean prefixLast, Vocabulary known) {
        var slots = new ArrayList<Query>();
        for (int p = 0; p < text.parts().size(); p++) {
            var part = text.parts().get(p);
            if (part instanceof QueryText.Phrase phrase) {
                add(slots, phrase(phrase.text()));
                continue;
            }
            var words = TextAnalysis.terms(TextAnalysis.WORDS, part.text());
            for (int i = 0; i < words.size(); ) {
                var match = synonyms.longestMatch(words, i);
                if (match.isPresent()) {
                    add(slots, alternatives(words.subList(i, i + match.get().length()), match.get().alternatives(), known));
                    i += match.get().length();
                } else {
                    boolean typing = prefixLast && text.endsInWord() && p == text.parts().size() - 1 && i == words.size() - 1;
                    add(slots, word(words.get(i), typing, known));
                    i++;
                }
            }
        }
        return slots.size() > MAX_SLOTS ? List.copyOf(slots.subList(0, MAX_SLOTS)) : slots;
    }

    /** Combines slots: all must match, all but one, or any. */
    static Query combine(List<Query> slots, Match match) {
        var query = new BooleanQuery.Builder();
        slots.forEach(slot -> query.add(slot, match == Match.ALL ? Occur.MUST : Occur.SHOULD));
        if (match == Match.MOST) {
            query.setMinimumNumberShouldMatch(slots.size() - 1);
        }
        return query.build();
    }

    private static void add(List<Query> slots, Query slot) {
        if (slot != null) {
            slots.add(slot);
        }
    }

    private Query alternatives(List<String> typed, List<List<String>> alternatives, Vocabulary known) {
        var any = new BooleanQuery.Builder();
        int added = 0;
        var all = new ArrayList<List<String>>(alternatives);
        if (!all.contains(typed)) {
            all.addFirst(typed); // "po => purchase order" replaces in the index's sense, but the typed words still count
        }
        for (var alternative : all) {
            var clause = alternative.size() == 1 ? word(alternative.getFirst(), false, known) : phrase(String.join(" ", alternative));
            if (clause != null) {
                any.add(clause, Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? null : any.build();
    }

    /** One word: its stem in every field, typos of it when the index lacks it, and (while typing) words starting with it. */
    Query word(String word, boolean typing, Vocabulary known) {
        var stems = TextAnalysis.terms(TextAnalysis.ENGLISH, word);
        if (stems.size() != 1) {
            return stems.isEmpty() ? (typing && word.length() >= 3 ? prefix(word) : null) : phrase(word);
        }
        String stem = stems.getFirst();
        var any = new BooleanQuery.Builder();
        FIELD_BOOSTS.forEach((field, boost) -> any.add(new BoostQuery(new TermQuery(new Term(field, stem)), boost), Occur.SHOULD));
        if (Vocabulary.editsAllowed(word) > 0 && !known.knowsStem(stem)) {
            for (String correction : known.corrections(word)) {
                for (String corrected : TextAnalysis.terms(TextAnalysis.ENGLISH, correction)) {
                    any.add(new BoostQuery(new TermQuery(new Term(TEXT, corrected)), TYPO_BOOST), Occur.SHOULD);
                }
            }
        }
        if (typing && word.length() >= 2) {
            for (String completion : known.completions(word, COMPLETIONS)) {
                if (!completion.equals(stem)) {
                    FIELD_BOOSTS.forEach((field, boost) -> any.add(
                            new BoostQuery(new TermQuery(new Term(field, completion)), boost * PREFIX_BOOST), Occur.SHOULD));
                }
            }
        }
        return any.build();
    }

    private static Query prefix(String word) {
        return new BoostQuery(new PrefixQuery(new Term(TEXT, word)), PREFIX_BOOST);
    }

    /** Words in this order, in any boosted field (stop words leave a gap, as they did when indexing). */
    Query phrase(String text) {
        var any = new BooleanQuery.Builder();
        int added = 0;
        for (var field : FIELD_BOOSTS.entrySet()) {
            Query query = phrases.createPhraseQuery(field.getKey(), text);
            if (query != null) {
                any.add(new BoostQuery(query, field.getValue()), Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? null : any.build();
    }
}
