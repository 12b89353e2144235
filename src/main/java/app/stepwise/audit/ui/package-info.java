/** The administrators' view of the audit log. */
package app.stepwise.audit.ui;
