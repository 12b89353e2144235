/** HTTP endpoints of the knowledge base: the JSON search API for intranet and chat integrations. */
package app.stepwise.search.internal.web;
