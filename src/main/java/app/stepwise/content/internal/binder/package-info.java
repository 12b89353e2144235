/**
 * The role binder: a printable PDF of a role's required modules in order, with a table of contents and page numbers,
 * for printing and for auditors. Module bodies arrive already rendered by the learners' safe pipeline.
 */
package app.stepwise.content.internal.binder;
