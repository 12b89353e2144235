/**
 * How the content API does its work, hidden from other modules: decoding and size checks, front matter read with
 * SnakeYAML (so errors carry line and column), Markdown parsed with Flexmark and cut into sections, steps, quiz
 * questions and practice tasks, cross-file checks (duplicate ids, unknown references, prerequisite cycles), HTML
 * rendering through an OWASP sanitizer policy, and the matching behind version diffs. Nothing here is called from
 * outside {@code app.stepwise.content}; library types never leave this package.
 */
package app.stepwise.content.internal;
