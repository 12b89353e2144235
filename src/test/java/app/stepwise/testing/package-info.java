/** Test support: the database legs (H2, MariaDB through Connector/J) and the integration-test annotation. */
package app.stepwise.testing;
