/** Turns start-up failures (bad configuration, unreachable database) into a message and an action. */
package app.stepwise.shared.startup;
