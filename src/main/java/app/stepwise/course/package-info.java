/**
 * Role paths as people learn them: enrolments (onboarding, promotion, refresher) with due dates, and each
 * person's progress through the modules of their paths.
 */
package app.stepwise.course;
