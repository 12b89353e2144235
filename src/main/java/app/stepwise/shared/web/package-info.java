/** Web plumbing modules share: the paths a module serves outside Vaadin's views. */
package app.stepwise.shared.web;
