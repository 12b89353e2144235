/** CSV output that spreadsheet programs cannot turn into formulas (CSV injection). */
package app.stepwise.shared.csv;
