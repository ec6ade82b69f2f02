package org.knotwork.supertrex.model;

import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.linalg.CsrMatrix;
import org.knotwork.reservoir.math.Tanh;

/**
 * The chaotic rate network of supertrex.md (ST1)&ndash;(ST2): N units with state x and rates r,
 * sparse Gaussian recurrence J (each entry non-zero independently with probability p, non-zero values
 * N(0, &lambda;&sup2;/(pN))) in CSR form, feedback weights Q ~ U[&minus;1, 1]^{N&times;M} and the
 * Euler step x &larr; x + (dt/&tau;)(&minus;x + J r + Q u), r &larr; tanh(x) + &epsilon; with
 * &epsilon;_j ~ U[&minus;&alpha;, &alpha;]. tanh is {@link Tanh}, bit-identical to StrictMath.
 *
 * <p>Streams, each drawn in a fixed order: J from {@code connectivity} (row by row, one uniform per
 * entry, then one Gaussian per non-zero), Q from {@code feedback} (row by row), x(0) ~ U[&minus;0.5,
 * 0.5] from {@code initial}; the per-step state noise is drawn by the caller's stream.
 */
public final class RateNetwork {
  private final int size;
  private final int outputs;
  private final CsrMatrix recurrence;
  private final double[] feedback;
  private final double[] x;
  private final double[] r;
  private final double[] drive;

  private RateNetwork(CsrMatrix recurrence, double[] feedback, int outputs, double[] x0) {
    this.size = recurrence.rows();
    this.outputs = outputs;
    this.recurrence = recurrence;
    this.feedback = feedback;
    this.x = x0;
    this.r = new double[size];
    this.drive = new double[size];
    for (int i = 0; i < size; i++) {
      r[i] = Tanh.tanh(x[i]);
    }
  }

  /**
   * Draws a network.
   *
   * @param size N
   * @param outputs M, the dimension of the fed-back output
   * @param density p
   * @param lambda &lambda;, the scale of the recurrence
   * @param rng the run's root stream; children {@code connectivity}, {@code feedback}, {@code initial}
   */
  public static RateNetwork draw(int size, int outputs, double density, double lambda, Rng rng) {
    if (size < 1 || outputs < 1) {
      throw new IllegalArgumentException("size and outputs must be >= 1, got " + size + ", "
          + outputs);
    }
    if (!(density > 0 && density <= 1)) {
      throw new IllegalArgumentException("density must be in (0, 1], got " + density);
    }
    return new RateNetwork(recurrence(size, density, lambda, rng.split("connectivity")),
        uniform(size * outputs, -1, 1, rng.split("feedback")), outputs,
        uniform(size, -0.5, 0.5, rng.split("initial")));
  }

  /** The recurrence J of (ST1) drawn from {@code rng} as the class comment says. */
  public static CsrMatrix recurrence(int size, double density, double lambda, Rng rng) {
    int[] rowStart = new int[size + 1];
    int[] cols = new int[Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8,
        (long) (1.2 * density * size * size) + 16))];
    int nnz = 0;
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (rng.uniform() < density) {
          if (nnz == cols.length) {
            cols = java.util.Arrays.copyOf(cols, cols.length * 2);
          }
          cols[nnz++] = j;
        }
      }
      rowStart[i + 1] = nnz;
    }
    double sd = lambda / Math.sqrt(density * size);
    double[] values = new double[nnz];
    for (int q = 0; q < nnz; q++) {
      values[q] = sd * rng.gaussian();
    }
    return new CsrMatrix(size, size, rowStart, java.util.Arrays.copyOf(cols, nnz), values);
  }

  private static double[] uniform(int n, double lo, double hi, Rng rng) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.uniform(lo, hi);
    }
    return v;
  }

  /** N. */
  public int size() {
    return size;
  }

  /** M. */
  public int outputs() {
    return outputs;
  }

  /** J. */
  public CsrMatrix recurrence() {
    return recurrence;
  }

  /** Q(i, m). */
  public double feedback(int i, int m) {
    return feedback[i * outputs + m];
  }

  /** The state x (a view). */
  public double[] state() {
    return x;
  }

  /** The rates r (a view; the readouts read it). */
  public double[] rates() {
    return r;
  }

  /**
   * Step 1 of (ST2): x &larr; x + h(&minus;x + J r + Q u) with h = dt/&tau;, r the previous rates.
   *
   * @param u the fed-back output (M values)
   * @param h dt/&tau;
   */
  public void advance(double[] u, double h) {
    recurrence.multiply(r, drive);
    for (int i = 0; i < size; i++) {
      double s = drive[i];
      int row = i * outputs;
      for (int m = 0; m < outputs; m++) {
        s += feedback[row + m] * u[m];
      }
      x[i] += h * (-x[i] + s);
    }
  }

  /**
   * Step 2 of (ST2): r &larr; tanh(x) + &epsilon;, &epsilon;_j ~ U[&minus;&alpha;, &alpha;] from
   * {@code noise} in index order; no draws when {@code noise} is null (the test phase, &epsilon; = 0).
   */
  public void activate(Rng noise, double alpha) {
    if (noise == null) {
      for (int i = 0; i < size; i++) {
        r[i] = Tanh.tanh(x[i]);
      }
    } else {
      for (int i = 0; i < size; i++) {
        r[i] = Tanh.tanh(x[i]) + (noise.uniform() * 2 * alpha - alpha);
      }
    }
  }
}
