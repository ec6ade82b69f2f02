/**
 * The reproduction experiments as a Java API (notes &sect;8, &sect;10): an
 * {@link org.knotwork.reservoir.experiment.ExperimentSpec} (validated record) says which data, models,
 * test windows and precisions to run; {@link org.knotwork.reservoir.experiment.ExperimentRunner} trains
 * every model once in binary64, scores it at every precision through the one harness, and returns an
 * {@link org.knotwork.reservoir.experiment.ExperimentResult} with per-window horizons, error curves,
 * example forecasts and the cost table. {@link org.knotwork.reservoir.experiment.Experiments} holds the
 * named presets, each at a CI scale (seconds) and at the full scale of the notes.
 */
package org.knotwork.reservoir.experiment;
