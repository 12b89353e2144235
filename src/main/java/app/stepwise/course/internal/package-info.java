/** Enrolment and progress tables. */
package app.stepwise.course.internal;
