package org.knotwork.reservoir.experiment;

import org.knotwork.reservoir.series.TimeSeries;

/** Where an experiment's (raw, unscaled) series comes from. */
public sealed interface DataSource permits Lorenz63Data, Lorenz96Data, SeriesData {

  /** Number of samples the source provides. */
  int length();

  /** Sampling interval in time units. */
  double dt();

  /** Number of components. */
  int dimension();

  /** Generates or returns the raw series. */
  TimeSeries load();

  /** A one-line description with every parameter. */
  String describe();
}
