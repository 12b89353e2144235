/**
 * The progress summary (person × role) and module statistics that reports read, how they are computed and kept
 * current (events, a sweep of recent changes, a nightly rebuild), and the training-record PDF.
 */
package app.stepwise.reporting.internal;
