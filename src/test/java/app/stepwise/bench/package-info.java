/** Benchmarks that print figures (run with the Maven profile {@code bench}); never part of the test run. */
package app.stepwise.bench;
