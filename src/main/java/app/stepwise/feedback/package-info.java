/**
 * Feedback on the process docs: a learner flags a step as unclear, outdated or not working like this, with a
 * comment; the module's owner and trainers work those flags as an improvement queue (open, accepted, fixed,
 * declined), and the learner sees what became of each flag and hears about every change.
 */
package app.stepwise.feedback;
