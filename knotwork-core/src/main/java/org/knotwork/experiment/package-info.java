/**
 * Experiments as data: one immutable {@link org.knotwork.experiment.ExperimentSpec} says everything a
 * training run depends on (data, width, initialiser and scales, optimizer or flow, budgets,
 * recording schedule, seed), and {@link org.knotwork.experiment.ExperimentRunner} turns it into an
 * {@link org.knotwork.experiment.ExperimentResult} with the same bytes every time.
 *
 * <p>The spec is validated on construction: every record's compact constructor names the offending
 * field and the allowed range. The same spec is built from the Java API
 * ({@link org.knotwork.experiment.ExperimentSpec#builder()}), from command-line flags or from a JSON or
 * YAML file; the text forms live in the I/O module ({@code org.knotwork.io.experiment}), which also
 * writes run directories. Mathematics only: no file I/O here.
 *
 * <p>Final metrics ({@link org.knotwork.experiment.RunMetrics}) include the regime order parameters of
 * notes &sect;6 (E8-E10), so that a sweep over init scales is a phase diagram.
 */
package org.knotwork.experiment;
