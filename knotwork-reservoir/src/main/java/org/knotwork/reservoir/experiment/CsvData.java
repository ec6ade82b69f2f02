package org.knotwork.reservoir.experiment;

import java.nio.file.Path;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * A series in a CSV file, as a spec names it ("bring your own time series"): the file is read when the
 * experiment runs (relative paths resolve against the spec's input directory), which turns this source
 * into a {@link SeriesData}.
 *
 * @param path the file, as written in the spec
 * @param dt sampling interval in time units, &gt; 0
 * @param timeColumn 0-based column of time stamps to drop, or &minus;1
 */
public record CsvData(String path, double dt, int timeColumn) implements DataSource {

  /** Validates every field. */
  public CsvData {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("path is required (the series' CSV file)");
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
    }
    if (timeColumn < -1) {
      throw new IllegalArgumentException("timeColumn must be -1 (none) or a 0-based column, got "
          + timeColumn);
    }
  }

  /** The name of the series in reports: the file name. */
  public String label() {
    Path f = Path.of(path).getFileName();
    return f == null ? path : f.toString();
  }

  /** The source once its file is read. */
  public SeriesData with(TimeSeries series) {
    return new SeriesData(label(), series);
  }

  @Override
  public int length() {
    return UNKNOWN;
  }

  @Override
  public int dimension() {
    return UNKNOWN;
  }

  /**
   * Not available: the file is read by the study with its run context.
   *
   * @throws IllegalStateException always
   */
  @Override
  public TimeSeries load() {
    throw new IllegalStateException("a csv source is read when the experiment runs; resolve it "
        + "to a SeriesData first");
  }

  @Override
  public String describe() {
    return "csv '" + path + "', dt=" + dt + (timeColumn >= 0 ? ", time column " + timeColumn : "");
  }
}
