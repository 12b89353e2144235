/** The home view. */
package app.stepwise.home.ui;
