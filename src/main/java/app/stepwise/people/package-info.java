/**
 * People and their access: employees with job title, manager and start date; their accounts and
 * authorities (learner, trainer, manager, admin); sign-in, password rules, throttling of failed
 * sign-ins; and the administrator's people management with CSV import and export.
 */
package app.stepwise.people;
