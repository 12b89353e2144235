/**
 * The audit log: an append-only record of who did what to whom, and when (UTC). Sign-ins, authority
 * changes and, later, grades and certifications are written here. Nothing in the API updates or
 * deletes an entry.
 */
package app.stepwise.audit;
