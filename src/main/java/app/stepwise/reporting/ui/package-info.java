/** The team progress grid, the drill-down into one person, and the trainers' dashboards with server-rendered SVG charts. */
package app.stepwise.reporting.ui;
