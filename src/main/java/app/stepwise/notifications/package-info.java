/**
 * In-app notifications: every {@link app.stepwise.shared.PersonNotice} another module publishes is stored
 * for its recipient, after the publisher's transaction commits; {@link app.stepwise.notifications.NotificationService}
 * lets the signed-in person read, count and mark their own (and nobody else's), and the bell in the
 * header shows the unread count.
 */
package app.stepwise.notifications;
