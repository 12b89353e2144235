/** The quiz player, the result page and the trainers' question statistics. */
package app.stepwise.quiz.ui;
