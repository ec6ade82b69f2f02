package org.knotwork.reservoir.experiment;

import org.knotwork.reservoir.series.TimeSeries;

/**
 * Where an experiment's (raw, unscaled) series comes from. A {@link CsvData} source names a file that
 * is read only when the experiment runs; until then its {@link #length()} and {@link #dimension()}
 * are unknown ({@link #UNKNOWN}) and the checks that need them wait for the series.
 */
public sealed interface DataSource permits Lorenz63Data, Lorenz96Data, SeriesData, CsvData {

  /** The length and dimension of a source whose file is not read yet. */
  int UNKNOWN = -1;

  /** Number of samples the source provides, or {@link #UNKNOWN}. */
  int length();

  /** Sampling interval in time units. */
  double dt();

  /** Number of components, or {@link #UNKNOWN}. */
  int dimension();

  /** Generates or returns the raw series. */
  TimeSeries load();

  /** A one-line description with every parameter. */
  String describe();
}
