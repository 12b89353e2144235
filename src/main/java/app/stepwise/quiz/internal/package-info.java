/** Attempt and response entities, their repositories, scoring and the answer encoding. */
package app.stepwise.quiz.internal;
