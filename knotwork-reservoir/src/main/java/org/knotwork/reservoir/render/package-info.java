/**
 * Figures of reservoir-computing run directories (docs/reservoir.md &sect;5, &sect;7):
 * error curves with the failure threshold, horizon distributions, attractor projections of forecast
 * versus truth, and the cost table as markdown, drawn with the toolkit of knotwork-draw. Reads the
 * run directory's CSV files only, not the reservoir model classes.
 */
package org.knotwork.reservoir.render;
