/** Database plumbing shared by all modules: dialect resolution for MariaDB behind MySQL Connector/J. */
package app.stepwise.shared.persistence;
