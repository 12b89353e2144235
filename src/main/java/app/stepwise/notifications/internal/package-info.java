/**
 * The notification table: one row per notice a person received, with when it was read. Text is trimmed
 * to the column sizes and links are kept only when they are a plain route inside the app.
 */
package app.stepwise.notifications.internal;
