/** The trainers' content views: importing process docs and the library with version history. */
package app.stepwise.content.ui;
