package app.stepwise.search.internal;

import static app.stepwise.search.internal.IndexSchema.*;

import app.stepwise.search.SearchHit;
import app.stepwise.search.SearchQuery;
import app.stepwise.search.SearchResults;
import app.stepwise.search.SearchResults.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Runs a query against the index: every word first, then most of them, then any, while fewer than three
 * units match (graceful fallback);
 * counts role and tag facets; highlights only the hits on the requested page, from offsets stored in
 * the postings; suggests a spelling for unknown words.
 */
public final class KnowledgeSearcher {
    private static final int FACET_VALUES = 30;
    /** Fewer hits with every word than this, and most of the words will do (those with all still rank first). */
    private static final int ENOUGH = 3;
    /** Counting every match costs time; beyond this many the total is a lower bound (facets count them all). */
    static final int EXACT_TOTAL_UP_TO = 100;

    private final QueryFactory queries = new QueryFactory();

    /** {@code roleTitles}: role id → title for display; ids without a title are shown as they are. */
    public SearchResults search(LuceneIndex index, Synonyms synonyms, SearchQuery query, boolean withFacets,
                                Map<String, String> roleTitles) {
        var text = QueryText.parse(query.text());
        return index.withSearcher(searcher -> {
            var vocabulary = new Vocabulary(searcher.getIndexReader());
            var slots = queries.slots(text, synonyms, query.asYouType(), vocabulary);
            String suggestion = SpellingSuggester.suggest(vocabulary, text);
            if (slots.isEmpty()) {
                return SearchResults.empty(query, suggestion);
            }
            var ladder = slots.size() >= 3 ? List.of(QueryFactory.Match.ALL, QueryFactory.Match.MOST, QueryFactory.Match.ANY)
                    : slots.size() == 2 ? List.of(QueryFactory.Match.ALL, QueryFactory.Match.ANY) : List.of(QueryFactory.Match.ALL);
            long withEveryWord = -1;
            for (var match : ladder) {
                var textQuery = QueryFactory.combine(slots, match);
                var run = run(index, searcher, textQuery, query, withFacets);
                withEveryWord = withEveryWord < 0 ? run.top.totalHits.value() : withEveryWord;
                if (run.top.totalHits.value() >= ENOUGH || match == ladder.getLast()) {
                    var hits = hits(searcher, textQuery, run.top.scoreDocs, query.offset(), roleTitles);
                    return new SearchResults(query.text(), run.top.totalHits.value(), query.offset(), query.limit(), hits,
                            facet(run.facets, ROLE_FACET, roleTitles), facet(run.facets, TAG_FACET, Map.of()),
                            suggestion, withEveryWord == 0 && match != QueryFactory.Match.ALL);
                }
            }
            throw new IllegalStateException("unreachable: the last rung always returns");
        });
    }

    private record Run(TopDocs top, List<FacetResult> facets) {
    }

    private static Run run(LuceneIndex index, IndexSearcher searcher, Query textQuery, SearchQuery query, boolean withFacets)
            throws IOException {
        int wanted = query.offset() + query.limit();
        var published = withoutDrafts(searcher, textQuery);
        var filtered = filtered(published, query);
        if (!withFacets) {
            return new Run(searcher.search(filtered, new TopScoreDocCollectorManager(wanted, EXACT_TOTAL_UP_TO)), List.of());
        }
        var state = index.facetStates().of(searcher.getIndexReader());
        var result = FacetsCollectorManager.search(searcher, filtered, wanted, new FacetsCollectorManager());
        if (state.isEmpty()) {
            return new Run(result.topDocs(), List.of());
        }
        // Facets count the hits without the role and tag filters, so the other choices stay visible.
        FacetsCollector counted = filtered == published ? result.facetsCollector()
                : FacetsCollectorManager.search(searcher, published, 1, new FacetsCollectorManager()).facetsCollector();
        var counts = new SortedSetDocValuesFacetCounts(state.get(), counted);
        var facets = new ArrayList<FacetResult>();
        for (String dim : List.of(ROLE_FACET, TAG_FACET)) {
            try {
                var top = counts.getTopChildren(FACET_VALUES, dim);
                if (top != null) {
                    facets.add(top);
                }
            } catch (IllegalArgumentException dimensionNotIndexed) {
                // no document has this dimension yet
            }
        }
        return new Run(result.topDocs(), facets);
    }

    /**
     * Drafts are excluded rather than published units required: a filter that matches nearly every
     * document would cost a check for every match, an exclusion of (almost) nothing costs (almost) nothing.
     */
    private static Query withoutDrafts(IndexSearcher searcher, Query textQuery) throws IOException {
        var drafts = new Term(STATE, DRAFT);
        if (searcher.getIndexReader().docFreq(drafts) == 0) {
            return textQuery;
        }
        return new BooleanQuery.Builder().add(textQuery, Occur.MUST).add(new TermQuery(drafts), Occur.MUST_NOT).build();
    }

    private static Query filtered(Query query, SearchQuery request) {
        if (request.roles().isEmpty() && request.tags().isEmpty()) {
            return query;
        }
        var builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        addAnyOf(builder, ROLE, request.roles());
        addAnyOf(builder, TAG, request.tags());
        return builder.build();
    }

    private static void addAnyOf(BooleanQuery.Builder builder, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            var any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
            builder.add(any.build(), Occur.FILTER);
        }
    }

    private static List<FacetCount> facet(List<FacetResult> facets, String dim, Map<String, String> labels) {
        return facets.stream().filter(f -> f.dim.equals(dim)).findFirst()
                .map(f -> java.util.Arrays.stream(f.labelValues)
                        .map(lv -> new FacetCount(lv.label, labels.getOrDefault(lv.label, lv.label), lv.value.longValue()))
                        .toList())
                .orElse(List.of());
    }

    private static List<SearchHit> hits(IndexSearcher searcher, Query textQuery, ScoreDoc[] scoreDocs, int offset,
                                        Map<String, String> roleTitles) throws IOException {
        if (scoreDocs.length <= offset) {
            return List.of();
        }
        var page = java.util.Arrays.copyOfRange(scoreDocs, offset, scoreDocs.length);
        int[] docIds = java.util.Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        var facts = HitFacts.read(searcher.getIndexReader(), docIds);
        var snippets = Snippets.highlight(searcher, textQuery, docIds, facts);
        var hits = new ArrayList<SearchHit>();
        for (int i = 0; i < page.length; i++) {
            var hit = facts[i];
            var roles = hit.roles().stream().map(r -> new SearchHit.Named(r, roleTitles.getOrDefault(r, r))).toList();
            hits.add(new SearchHit(hit.moduleId(), hit.moduleTitle(), hit.kind().name().toLowerCase(java.util.Locale.ROOT),
                    hit.path(), hit.anchor(), snippets[i],
                    "module/" + hit.moduleId() + (hit.anchor().isEmpty() ? "" : "#" + hit.anchor()),
                    page[i].score, hit.sourcePath(), roles));
        }
        return hits;
    }
}
