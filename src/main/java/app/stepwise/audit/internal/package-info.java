/** The audit log's table mapping, repository and service implementation. */
package app.stepwise.audit.internal;
