/**
 * The signed-in person's home page: what each of their authorities gives them to do today, built
 * only from what exists (no placeholders posing as data).
 */
package app.stepwise.home;
