package app.stepwise.search.internal;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of the knowledge-base index. Bump {@link #VERSION} whenever fields or analysis change: an
 * index built with another version is rebuilt from the database at the next start.
 */
final class IndexSchema {
    static final String VERSION = "2";
    static final String VERSION_KEY = "stepwise.search.schema";

    /** One document per module version and per section and step in it; {@code kind} tells which. */
    static final String KIND = "kind";
    static final String MODULE = "module";
    /** Doc value: what a hit shows and its snippet text ({@link HitFacts}). */
    static final String HIT = "hit";
    static final String VERSION_NUMBER = "version";
    static final String STATE = "state";
    static final String PUBLISHED = "published";
    static final String DRAFT = "draft";
    static final String ROLE = "role";
    static final String TAG = "tag";

    /** Searched fields. All use {@link TextAnalysis#ENGLISH}, so a term from one highlights in another. */
    static final String TITLE = "title";
    static final String HEADING = "heading";
    static final String STEP = "step";
    static final String BODY = "body";
    static final String META = "meta";
    static final String CONTEXT = "context";
    /** Everything of a document once, for typo-tolerant and prefix matching. */
    static final String TEXT = "text";
    /** Whole words, unstemmed, for "Did you mean". */
    static final String SPELL = "spell";

    static final String ROLE_FACET = "role";
    static final String TAG_FACET = "tag";

    private IndexSchema() {
    }

    static FacetsConfig facets() {
        var config = new FacetsConfig();
        config.setMultiValued(ROLE_FACET, true);
        config.setMultiValued(TAG_FACET, true);
        return config;
    }
}
