/** The studio's views: the list of drafts and modules, and the editor with preview, checks, suggestions and publishing. */
package app.stepwise.studio.ui;
