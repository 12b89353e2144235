/** Sign-in, password change and the administrators' people views. */
package app.stepwise.people.ui;
