/**
 * The feedback screens: the flag button beside each step of the module reader (with its dialog), and the
 * Feedback page with the learner's own flags and, for owners and trainers, the improvement queue.
 */
package app.stepwise.feedback.ui;
