/**
 * The knowledge base: every published module version searchable at module, section and step level,
 * with typo tolerance, synonyms, phrases, facets and highlighted snippets; the index is a cache of the
 * database, kept current by listening to {@code ModuleVersionPublished}. API: {@link app.stepwise.search.KnowledgeBase},
 * its records, and {@link app.stepwise.search.SearchJson} (shared by the HTTP API and the command line).
 */
package app.stepwise.search;
