package org.knotwork.reservoir.experiment;

import org.knotwork.reservoir.series.TimeSeries;

/**
 * A user-supplied series ("bring your own time series", e.g. read with
 * {@code org.knotwork.reservoir.io.TimeSeriesCsv}).
 *
 * @param name a label for reports
 * @param series the raw series
 */
public record SeriesData(String name, TimeSeries series) implements DataSource {

  /** Validates both fields. */
  public SeriesData {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    if (series == null) {
      throw new IllegalArgumentException("series is required");
    }
  }

  @Override
  public int length() {
    return series.length();
  }

  @Override
  public double dt() {
    return series.dt();
  }

  @Override
  public int dimension() {
    return series.dimension();
  }

  @Override
  public TimeSeries load() {
    return series;
  }

  @Override
  public String describe() {
    return "series '" + name + "': " + series.length() + " samples of " + series.dimension()
        + " components, dt=" + series.dt();
  }
}
