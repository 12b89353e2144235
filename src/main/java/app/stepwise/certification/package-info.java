/**
 * Role certification: a person is certified for a role once every required module is complete at a version
 * with no material change since; the certification records the module versions it rests on and lasts the
 * role's validity. A material change to a required module asks certified people for a refresher within the
 * role's grace period; a daily check lapses expired certifications and overdue refreshers and sends expiry
 * reminders. Trainers revoke; anyone can check a certificate's verification code, which reveals no person.
 */
package app.stepwise.certification;
