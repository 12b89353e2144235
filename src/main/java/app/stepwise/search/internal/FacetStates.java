package app.stepwise.search.internal;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/** The facet ordinals of the current reader, built once per reopen rather than per query. */
final class FacetStates {
    private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private volatile Cached cached;

    /** Empty while no document has a role or tag. */
    Optional<SortedSetDocValuesReaderState> of(IndexReader reader) throws IOException {
        var current = cached;
        if (current != null && current.reader() == reader) {
            return Optional.ofNullable(current.state());
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facets());
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        cached = new Cached(reader, state);
        return Optional.ofNullable(state);
    }
}
