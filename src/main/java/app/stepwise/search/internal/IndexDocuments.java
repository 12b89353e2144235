package app.stepwise.search.internal;

import static app.stepwise.search.internal.IndexSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Builds the Lucene document of a unit: the hit's facts and snippet text as a doc value, boosted text
 * fields, the typo and spelling fields, facets. Each text is analysed once and replayed into its fields.
 */
final class IndexDocuments {
    /** Snippets come from these: offsets in the postings let the highlighter skip re-analysis. */
    private static final FieldType SNIPPET_TEXT = indexed(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, false);
    private static final FieldType NAME_TEXT = indexed(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false);
    /** Typo and prefix matching look up single terms: no positions. */
    private static final FieldType TYPO_TEXT = indexed(IndexOptions.DOCS_AND_FREQS, false);
    private static final FieldType SPELLING = indexed(IndexOptions.DOCS, true);

    private final FacetsConfig facets = IndexSchema.facets();

    Document of(IndexedUnit unit) {
        var doc = new Document();
        doc.add(new StringField(KIND, unit.kind().name(), Field.Store.NO));
        doc.add(new StringField(MODULE, unit.moduleId(), Field.Store.YES));
        doc.add(new StringField(STATE, unit.state() == IndexedUnit.State.PUBLISHED ? PUBLISHED : DRAFT, Field.Store.NO));
        doc.add(new StoredField(VERSION_NUMBER, unit.version()));
        doc.add(new BinaryDocValuesField(HIT, HitFacts.encode(unit)));
        for (String role : unit.roles()) {
            doc.add(new StringField(ROLE, role, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(ROLE_FACET, role));
        }
        for (String tag : unit.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TAG_FACET, tag));
        }
        var title = IndexAnalysis.of(unit.moduleTitle());
        var heading = IndexAnalysis.of(unit.heading());
        var text = IndexAnalysis.of(unit.text());
        var meta = IndexAnalysis.of(unit.meta());
        switch (unit.kind()) {
            case MODULE -> {
                doc.add(new Field(TITLE, title.stemStream(), NAME_TEXT));
                doc.add(new Field(BODY, text.stemStream(), SNIPPET_TEXT));
                doc.add(new Field(META, meta.stemStream(), NAME_TEXT));
            }
            case SECTION -> {
                doc.add(new Field(HEADING, heading.stemStream(), NAME_TEXT));
                doc.add(new Field(BODY, text.stemStream(), SNIPPET_TEXT));
                doc.add(new Field(CONTEXT, title.stemStream(), NAME_TEXT));
            }
            case STEP -> {
                doc.add(new Field(HEADING, heading.stemStream(), NAME_TEXT));
                doc.add(new Field(STEP, text.stemStream(), SNIPPET_TEXT));
                doc.add(new Field(CONTEXT, title.stemStream(), NAME_TEXT));
            }
        }
        var all = List.of(title, heading, text, meta);
        all.forEach(part -> doc.add(new Field(TEXT, part.stemStream(), TYPO_TEXT)));
        doc.add(new Field(SPELL, IndexAnalysis.words(all), SPELLING));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // building facet fields does no I/O
        }
    }

    private static FieldType indexed(IndexOptions options, boolean omitNorms) {
        var type = new FieldType();
        type.setIndexOptions(options);
        type.setTokenized(true);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }
}
