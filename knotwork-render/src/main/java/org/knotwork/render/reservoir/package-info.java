/**
 * Figures of reservoir-computing run directories (docs/reservoir.md &sect;5, &sect;7):
 * error curves with the failure threshold, horizon distributions, attractor projections of forecast
 * versus truth, and the cost table as markdown. Reads the run directory's CSV files, so it does not
 * depend on the reservoir module.
 */
package org.knotwork.render.reservoir;
