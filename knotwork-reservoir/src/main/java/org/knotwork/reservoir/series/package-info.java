/**
 * Sampled multivariate time series and their normalisation (notes &sect;1&ndash;2, &sect;11).
 *
 * <p>A {@link org.knotwork.reservoir.series.TimeSeries} is an immutable T &times; K array of samples at a
 * fixed interval. A {@link org.knotwork.reservoir.series.Scaler} is fitted on the training segment only
 * (the authors fitted on the whole series, a small look-ahead) with one of the
 * {@link org.knotwork.reservoir.series.Scaling} rules: Lorenz 63 divides each component by its standard
 * deviation and keeps the mean; Lorenz 96 z-scores with one global mean and standard deviation.
 */
package org.knotwork.reservoir.series;
