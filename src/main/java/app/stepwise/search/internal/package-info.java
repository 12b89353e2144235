/**
 * Lucene behind the knowledge base: analysis, synonyms, query building, the index directory (lock,
 * schema version, rebuild), searching with facets and highlighting, and keeping the index in step with
 * the library. No Lucene type leaves this package.
 */
package app.stepwise.search.internal;
