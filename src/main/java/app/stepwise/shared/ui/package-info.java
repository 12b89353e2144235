/**
 * The application shell: stylesheets, the main layout with navigation filtered by what the signed-in
 * person may open, and the page shown for unknown or forbidden routes. Views of every module use it.
 */
package app.stepwise.shared.ui;
