/**
 * Certification views: the learner's certificates and refreshers, a certificate page with its PDF and the
 * trainers' revoke action, the refresher's "what changed" page, and the public verification page.
 */
package app.stepwise.certification.ui;
