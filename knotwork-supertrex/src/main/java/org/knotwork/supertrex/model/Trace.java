package org.knotwork.supertrex.model;

import java.util.Arrays;

/**
 * What a run records every {@code stride} steps (at steps n = stride, 2 stride, ...): the step, the
 * outputs z, z_exp and z_mst (M each), the pen position and the target (2 each), the error e_n, the
 * slow filter m&#772;_n of (ST13), the fast filter &ebar; of (ST3), the gate g(&ebar;) of (ST7) (1
 * for FORCE, 0 for RMHL) and the Frobenius norms of W_exp and W_mst; and at the end of every period
 * the two norms, the mean error and the mean gate over that period.
 */
public final class Trace {
  /** Column names of a sample, given M. */
  public static String[] columns(int outputs) {
    String[] c = new String[1 + 3 * outputs + 4 + 6];
    int q = 0;
    c[q++] = "step";
    for (String v : new String[] {"z", "zExp", "zMst"}) {
      for (int m = 0; m < outputs; m++) {
        c[q++] = v + m;
      }
    }
    c[q++] = "penX";
    c[q++] = "penY";
    c[q++] = "targetX";
    c[q++] = "targetY";
    c[q++] = "error";
    c[q++] = "slowError";
    c[q++] = "fastError";
    c[q++] = "gate";
    c[q++] = "normExp";
    c[q++] = "normMst";
    return c;
  }

  /** Column names of a period row. */
  public static final String[] PERIOD_COLUMNS =
      {"period", "normExp", "normMst", "meanError", "meanGate"};

  private final int width;
  private double[] samples;
  private int rows;
  private double[] periods;
  private int periodRows;

  Trace(int outputs, long expectedSamples, int expectedPeriods) {
    this.width = columns(outputs).length;
    this.samples = new double[(int) Math.min(Integer.MAX_VALUE - 8,
        Math.max(1, expectedSamples) * width)];
    this.periods = new double[Math.max(1, expectedPeriods) * PERIOD_COLUMNS.length];
  }

  void sample(double[] row) {
    if ((rows + 1) * width > samples.length) {
      samples = Arrays.copyOf(samples, samples.length * 2);
    }
    System.arraycopy(row, 0, samples, rows * width, width);
    rows++;
  }

  void period(double[] row) {
    int w = PERIOD_COLUMNS.length;
    if ((periodRows + 1) * w > periods.length) {
      periods = Arrays.copyOf(periods, periods.length * 2);
    }
    System.arraycopy(row, 0, periods, periodRows * w, w);
    periodRows++;
  }

  /** Values per sample. */
  public int width() {
    return width;
  }

  /** Samples recorded. */
  public int rows() {
    return rows;
  }

  /** The samples, row-major (rows &times; width). */
  public double[] samples() {
    return Arrays.copyOf(samples, rows * width);
  }

  /** Periods recorded. */
  public int periodRows() {
    return periodRows;
  }

  /** The period rows, row-major (periodRows &times; 5). */
  public double[] periods() {
    return Arrays.copyOf(periods, periodRows * PERIOD_COLUMNS.length);
  }

  /** Column {@code c} of the samples. */
  public double[] column(int c) {
    double[] v = new double[rows];
    for (int i = 0; i < rows; i++) {
      v[i] = samples[i * width + c];
    }
    return v;
  }

  /** Column {@code c} of the period rows. */
  public double[] periodColumn(int c) {
    double[] v = new double[periodRows];
    for (int i = 0; i < periodRows; i++) {
      v[i] = periods[i * PERIOD_COLUMNS.length + c];
    }
    return v;
  }
}
