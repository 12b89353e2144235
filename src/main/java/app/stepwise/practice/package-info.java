/**
 * Practice tasks as learners do them: evidence submissions (text, a link or a checked file) against a
 * module version's tasks, the trainers' review queue with approval or rejection, the history of attempts,
 * and each person's practice progress per module. Publishes {@link app.stepwise.practice.PracticeSubmitted}
 * and {@link app.stepwise.practice.PracticeReviewed}, and tells the learner about a review through
 * {@link app.stepwise.shared.PersonNotice}.
 */
package app.stepwise.practice;
