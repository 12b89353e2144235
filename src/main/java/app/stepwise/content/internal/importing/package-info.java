/**
 * Turns validated source files into stored module and role versions: one transaction per document,
 * no new version for unchanged content, a classified diff for changed content.
 */
package app.stepwise.content.internal.importing;
