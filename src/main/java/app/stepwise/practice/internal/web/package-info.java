/** Serves evidence files as downloads, through the practice service's ownership check, to signed-in people. */
package app.stepwise.practice.internal.web;
