/** Storage of step flags: the JPA entity and its repository, used only by the feedback service. */
package app.stepwise.feedback.internal;
