/**
 * Practice views: the learner's practice page per module (tasks, evidence forms, status and history) and
 * the trainers' review queue with its review dialog.
 */
package app.stepwise.practice.ui;
