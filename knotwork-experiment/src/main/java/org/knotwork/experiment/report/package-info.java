/**
 * Writing catalog outcomes: a report directory with one folder per entry (the outcome as JSON, every
 * table as CSV, the figure descriptions, the specs of its training runs), a {@code report.md} a
 * person reads and a {@code summary.json} a program reads, and the console text of
 * {@code knotwork reproduce}. Figures are drawn by whatever {@link
 * org.knotwork.experiment.report.FigureRenderer} is on the class path (found with
 * {@link java.util.ServiceLoader}); without one, the tables and {@code figures.json} hold everything a
 * plot needs.
 */
package org.knotwork.experiment.report;
