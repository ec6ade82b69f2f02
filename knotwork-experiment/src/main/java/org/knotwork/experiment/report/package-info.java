/**
 * Writing catalog outcomes: a report directory with one folder per entry (the outcome as JSON, every
 * table as CSV, the figure descriptions, the specs of its training runs), a {@code report.md} a
 * person reads and a {@code summary.json} a program reads, and the console text of
 * {@code knotwork reproduce}. Figures are drawn by every {@link
 * org.knotwork.experiment.report.FigureRenderer} on the class path (found with
 * {@link java.util.ServiceLoader}): this module registers
 * {@link org.knotwork.experiment.report.ChartRenderer}, PNG in the rendering module's style; other
 * formats can plug in the same way. The tables and {@code figures.json} hold everything a plot needs,
 * so any figure can be redrawn elsewhere.
 */
package org.knotwork.experiment.report;
