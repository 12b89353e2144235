/**
 * Practice internals: the submission table and its queries, the evidence checks (text, links, file types
 * detected from content), the evidence file store outside the web root, and a cache of module versions'
 * practice tasks (versions never change, so their tasks may be kept).
 */
package app.stepwise.practice.internal;
