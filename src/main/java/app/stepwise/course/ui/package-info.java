/** My learning, the module reader and the enrolment page. */
package app.stepwise.course.ui;
