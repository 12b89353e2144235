/** The knowledge base on the command line: {@code reindex} and {@code search "query" [--json]}, without the web server. */
package app.stepwise.search.internal.cli;
