/**
 * Seeing progress: a manager's team as a grid (person × role: % complete, overdue, certified, expiring, refresher due)
 * with a drill-down into one person, CSV and PDF exports, and trainers' and admins' dashboards (per role, per module,
 * organisation-wide, server-rendered charts). Reads come from a progress summary per person × role that this module
 * keeps from other modules' events and bulk queries (see docs/decisions/0005-progress-summary.md).
 */
package app.stepwise.reporting;
