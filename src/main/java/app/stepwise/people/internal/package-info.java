/**
 * Persistence and security adapters of the people module: the person table, Spring Security
 * integration (user lookup, sign-in throttling, session validity), demo accounts and the first admin.
 */
package app.stepwise.people.internal;
