package org.knotwork.reservoir.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable multivariate time series: {@code length} samples of {@code dimension} components at a
 * fixed interval {@code dt}, stored row-major (sample t, component k at {@code t * dimension + k}).
 */
public final class TimeSeries {
  private final double[] values;
  private final int length;
  private final int dimension;
  private final double dt;
  private final List<String> names;

  /**
   * Wraps a copy of {@code values}.
   *
   * @param values row-major samples, length a multiple of {@code dimension}
   * @param dimension number of components, at least 1
   * @param dt sampling interval in time units, finite and &gt; 0
   * @param names one name per component, or null for x0, x1, ...
   */
  public TimeSeries(double[] values, int dimension, double dt, List<String> names) {
    this(values == null ? null : values.clone(), dimension, dt, names, true);
  }

  private TimeSeries(double[] values, int dimension, double dt, List<String> names, boolean owned) {
    if (values == null) {
      throw new IllegalArgumentException("values are required");
    }
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be at least 1, got " + dimension);
    }
    if (values.length % dimension != 0) {
      throw new IllegalArgumentException("values length " + values.length
          + " must be a multiple of dimension " + dimension);
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
    }
    List<String> n = names;
    if (n == null) {
      List<String> d = new ArrayList<>();
      for (int k = 0; k < dimension; k++) {
        d.add("x" + k);
      }
      n = d;
    }
    if (n.size() != dimension) {
      throw new IllegalArgumentException(
          "names must have one entry per component (" + dimension + "), got " + n.size());
    }
    this.values = values;
    this.length = values.length / dimension;
    this.dimension = dimension;
    this.dt = dt;
    this.names = List.copyOf(n);
  }

  /** Builds a series from rows (each of the same length). */
  public static TimeSeries ofRows(double[][] rows, double dt, List<String> names) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("rows must contain at least one sample");
    }
    int k = rows[0].length;
    double[] v = new double[rows.length * k];
    for (int t = 0; t < rows.length; t++) {
      if (rows[t].length != k) {
        throw new IllegalArgumentException("row " + t + " has " + rows[t].length
            + " components, expected " + k);
      }
      System.arraycopy(rows[t], 0, v, t * k, k);
    }
    return new TimeSeries(v, k, dt, names, true);
  }

  /** Number of samples T. */
  public int length() {
    return length;
  }

  /** Number of components K. */
  public int dimension() {
    return dimension;
  }

  /** Sampling interval in time units. */
  public double dt() {
    return dt;
  }

  /** Component names. */
  public List<String> names() {
    return names;
  }

  /** Component k of sample t. */
  public double get(int t, int k) {
    return values[t * dimension + k];
  }

  /** Copies sample t into {@code out} (length &ge; dimension). */
  public void row(int t, double[] out) {
    System.arraycopy(values, t * dimension, out, 0, dimension);
  }

  /** A copy of sample t. */
  public double[] row(int t) {
    return Arrays.copyOfRange(values, t * dimension, (t + 1) * dimension);
  }

  /** Samples [from, to) as a new series. */
  public TimeSeries slice(int from, int to) {
    if (from < 0 || to > length || from >= to) {
      throw new IllegalArgumentException(
          "slice must satisfy 0 <= from < to <= " + length + ", got [" + from + ", " + to + ")");
    }
    return new TimeSeries(Arrays.copyOfRange(values, from * dimension, to * dimension), dimension, dt,
        names, true);
  }

  /** A copy of all values, row-major. */
  public double[] values() {
    return values.clone();
  }

  /** Applies {@code f} to every value (component-aware), returning a new series. */
  public TimeSeries map(ComponentMap f) {
    double[] v = new double[values.length];
    for (int t = 0; t < length; t++) {
      for (int k = 0; k < dimension; k++) {
        v[t * dimension + k] = f.apply(k, values[t * dimension + k]);
      }
    }
    return new TimeSeries(v, dimension, dt, names, true);
  }

  /** A per-component value map. */
  @FunctionalInterface
  public interface ComponentMap {
    /** The new value of component k. */
    double apply(int k, double value);
  }
}
