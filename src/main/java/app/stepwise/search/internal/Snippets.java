package app.stepwise.search.internal;

import static app.stepwise.search.internal.IndexSchema.BODY;
import static app.stepwise.search.internal.IndexSchema.STEP;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Highlighted snippets for the hits on one page only, from the offsets stored in the postings (no
 * re-analysis). Highlighting is most of a search's cost if done carelessly, so: the search query is
 * first reduced to the distinct words and phrases it looks for, on one field (it asks each of them in
 * six boosted fields, which would otherwise be highlighted six times); the texts come with the hit's
 * facts ({@link HitFacts}); passages are scored without a hash table each.
 */
final class Snippets {

    private Snippets() {
    }

    /** One snippet per document (HTML: text escaped, matches in {@code <mark>}); "" where nothing matched. */
    static String[] highlight(IndexSearcher searcher, Query searchQuery, int[] docIds, HitFacts[] facts) throws IOException {
        var values = new HashMap<Integer, HitFacts>();
        for (int i = 0; i < docIds.length; i++) {
            values.put(docIds[i], facts[i]);
        }
        var highlighter = new PreloadedHighlighter(UnifiedHighlighter.builder(searcher, LuceneIndex.ANALYZER)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withScorer(new LeanPassageScorer())
                .withBreakIterator(SentenceBreaks::new)
                .withFieldMatcher(field -> true) // the reduced query names BODY; its words mark step text too
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(1)
                .withMaxLength(HitFacts.MAX_TEXT), values);
        // Only the fields these hits have their text in: preparing a field costs, even for no text.
        String[] fields = Arrays.stream(facts).map(HitFacts::snippetField).distinct().sorted().toArray(String[]::new);
        int[] onePassage = new int[fields.length];
        Arrays.fill(onePassage, 1);
        var snippets = highlighter.highlightFields(fields, highlightQuery(searchQuery), docIds, onePassage);
        var result = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            String snippet = snippets.get(facts[i].snippetField())[i];
            result[i] = snippet == null ? "" : snippet.replace('\n', ' ').strip(); // lines of a list read as one line
        }
        return result;
    }

    /** The distinct terms, phrases and prefixes of a search query, each once, on {@link IndexSchema#BODY}. */
    static Query highlightQuery(Query searchQuery) {
        var parts = new LinkedHashSet<Query>();
        collect(searchQuery, parts);
        var any = new BooleanQuery.Builder();
        parts.forEach(part -> any.add(part, Occur.SHOULD));
        return any.build();
    }

    private static void collect(Query query, Set<Query> parts) {
        switch (query) {
            case BooleanQuery bool -> {
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.occur() != Occur.MUST_NOT) {
                        collect(clause.query(), parts);
                    }
                }
            }
            case BoostQuery boost -> collect(boost.getQuery(), parts);
            case TermQuery term -> parts.add(new TermQuery(new Term(BODY, term.getTerm().bytes())));
            case PhraseQuery phrase -> parts.add(onBody(phrase));
            case PrefixQuery prefix -> parts.add(new PrefixQuery(new Term(BODY, prefix.getPrefix().bytes())));
            default -> parts.add(query);
        }
    }

    private static Query onBody(PhraseQuery phrase) {
        var builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        for (int i = 0; i < terms.length; i++) {
            builder.add(new Term(BODY, terms[i].bytes()), positions[i]);
        }
        return builder.build();
    }

    /** Hands the highlighter the texts read with the hits' facts (not from stored fields). */
    private static final class PreloadedHighlighter extends UnifiedHighlighter {
        private final Map<Integer, HitFacts> facts;

        PreloadedHighlighter(Builder builder, Map<Integer, HitFacts> facts) {
            super(builder);
            this.facts = facts;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS ? new ForwardPostings(components) : super.getOffsetStrategy(source, components);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            var values = new ArrayList<CharSequence[]>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                var hit = facts.get(doc);
                var byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    byField[f] = hit.textOf(fields[f]);
                }
                values.add(byField);
            }
            return values;
        }
    }

    /**
     * Offsets from the postings, each term looked up once per search instead of once per hit: the
     * highlighter takes the hits in document order, so each term's postings only move forward.
     */
    private static final class ForwardPostings extends PostingsOffsetStrategy {
        /** A term's postings with offsets; empty when the index does not have the term. */
        private final Map<Terms, Map<BytesRef, Optional<PostingsEnum>>> postings = new IdentityHashMap<>();

        ForwardPostings(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms index, int doc, List<OffsetsEnum> results)
                throws IOException {
            var byTerm = postings.computeIfAbsent(index, i -> new HashMap<>());
            TermsEnum lookup = null;
            for (BytesRef term : terms) {
                var found = byTerm.get(term);
                if (found == null || found.filter(p -> p.docID() >= doc).isPresent()) {
                    lookup = lookup == null ? index.iterator() : lookup;
                    found = lookup.seekExact(term) ? Optional.of(lookup.postings(null, PostingsEnum.OFFSETS)) : Optional.empty();
                    byTerm.put(term, found);
                }
                if (found.isPresent() && found.get().advance(doc) == doc) {
                    results.add(new OffsetsEnum.OfPostings(term, found.get()));
                }
            }
        }
    }

    /**
     * Lucene's passage scoring, without the hash table (and its 32 KB block) it allocates for every
     * passage: a passage has a handful of matches, so comparing them pairwise is cheaper.
     */
    static final class LeanPassageScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            double score = 0;
            for (int i = 0; i < matches; i++) {
                boolean seenBefore = false;
                int inPassage = 1;
                for (int j = 0; j < matches && !seenBefore; j++) {
                    if (j != i && terms[j].bytesEquals(terms[i])) {
                        seenBefore = j < i;
                        inPassage++;
                    }
                }
                if (!seenBefore) {
                    score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
                }
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }
}
