/**
 * The notification bell in the header (unread count, the newest notices in a popover) and the full
 * notifications page. Both refresh each other through a UI event when a notice is marked read.
 */
package app.stepwise.notifications.ui;
