/**
 * Quizzes as learners take them: attempts per module version with shuffled options, autosaved answers,
 * idempotent submission scored on the server, attempt limits and cooldowns from the process doc, results
 * with explanations and links to the steps, and item statistics for trainers. Correct answers stay here
 * until an attempt is submitted. Publishes {@link app.stepwise.quiz.QuizPassed} and {@link app.stepwise.quiz.QuizFailed}.
 */
package app.stepwise.quiz;
