/** Knowledge-base screens: the header search field with instant results, the results page, the synonym editor. */
package app.stepwise.search.ui;
