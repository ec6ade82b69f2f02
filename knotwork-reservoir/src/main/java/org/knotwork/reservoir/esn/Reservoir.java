package org.knotwork.reservoir.esn;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.linalg.CsrMatrix;
import org.knotwork.reservoir.linalg.PerronRoot;
import org.knotwork.reservoir.math.Tanh;
import org.knotwork.reservoir.precision.Arithmetic;

/**
 * The untrained part of an echo state network (notes &sect;3.1): the recurrent matrix A in CSR form and
 * the block input weights, with the update r(t+1) = tanh(A r(t) + W_in u(t)) (no bias, no leak).
 *
 * <p>Construction: every entry of A is non-zero independently with probability d/N (sampled by geometric
 * skips, so the cost is O(nnz)); non-zero values are uniform on (0, 1); A is then scaled by
 * &rho;/&rho;(A), with &rho;(A) the Perron root from {@link PerronRoot}. W_in has one non-zero per row:
 * node i receives only input {@code min(i / q, K - 1)} with q = &lfloor;N/K&rfloor; (the last block takes
 * the remainder when K does not divide N), weight uniform on (&minus;&sigma;, &sigma;). Streams: A from
 * {@code rng.split("reservoir")}, block i of W_in from {@code rng.split("input/" + i)} (the authors
 * reseeded per input).
 */
public final class Reservoir {
  private final EsnConfig config;
  private final int size;
  private final int inputs;
  private final CsrMatrix matrix;
  final int[] rowStart;
  final int[] columns;
  final double[] values;
  final int[] inputOf;
  final double[] inputWeight;
  private final PerronRoot unscaledRoot;

  private Reservoir(EsnConfig config, int inputs, CsrMatrix matrix, int[] inputOf,
      double[] inputWeight, PerronRoot unscaledRoot) {
    this.config = config;
    this.size = matrix.rows();
    this.inputs = inputs;
    this.matrix = matrix;
    this.rowStart = new int[size + 1];
    for (int i = 0; i <= size; i++) {
      rowStart[i] = matrix.rowStart(i);
    }
    this.columns = new int[matrix.nonZeros()];
    this.values = new double[matrix.nonZeros()];
    for (int p = 0; p < columns.length; p++) {
      columns[p] = matrix.column(p);
      values[p] = matrix.value(p);
    }
    this.inputOf = inputOf;
    this.inputWeight = inputWeight;
    this.unscaledRoot = unscaledRoot;
  }

  /**
   * Builds a reservoir for {@code inputs} input components.
   *
   * @throws IllegalArgumentException if N &lt; K after rounding, or if the random graph has no cycle
   *     (spectral radius 0, so it cannot be scaled)
   */
  public static Reservoir build(EsnConfig config, int inputs, Rng rng) {
    if (config == null || rng == null) {
      throw new IllegalArgumentException("config and rng are required");
    }
    if (inputs < 1) {
      throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
    }
    int n = config.effectiveSize(inputs);
    if (n < inputs) {
      throw new IllegalArgumentException("reservoirSize must be at least the number of inputs ("
          + inputs + "), got " + n + " after rounding");
    }
    CsrMatrix a = randomNonNegative(n, config.degree() / n, rng.split("reservoir"));
    PerronRoot root = PerronRoot.of(a, 1e-15, 200_000);
    if (!(root.radius() > 0)) {
      throw new IllegalArgumentException("the random reservoir graph has no cycle (spectral radius 0);"
          + " increase reservoirSize or degree (N=" + n + ", d=" + config.degree() + ")");
    }
    CsrMatrix scaled = a.scaled(config.spectralRadius() / root.radius());
    int[] inputOf = new int[n];
    double[] w = new double[n];
    int q = n / inputs;
    for (int i = 0; i < n; i++) {
      inputOf[i] = Math.min(i / q, inputs - 1);
    }
    double sigma = config.inputScale();
    for (int k = 0; k < inputs; k++) {
      Rng r = rng.split("input/" + k);
      for (int i = 0; i < n; i++) {
        if (inputOf[i] == k) {
          double v;
          do {
            v = r.uniform(-sigma, sigma);
          } while (v == -sigma);
          w[i] = v;
        }
      }
    }
    return new Reservoir(config, inputs, scaled, inputOf, w, root);
  }

  /**
   * An N &times; N matrix whose entries are independently non-zero with probability {@code density},
   * values uniform on (0, 1).
   */
  static CsrMatrix randomNonNegative(int n, double density, Rng rng) {
    int[] rowStart = new int[n + 1];
    int cap = (int) Math.min((long) n * n, Math.max(16, (long) (n * n * density * 1.2) + 64));
    int[] cols = new int[cap];
    double[] vals = new double[cap];
    int nnz = 0;
    double logQ = Math.log1p(-Math.min(density, 1.0));
    for (int i = 0; i < n; i++) {
      long j = -1;
      while (true) {
        if (density >= 1.0) {
          j++;
        } else {
          double u = rng.uniform();
          j += (long) Math.floor(Math.log1p(-u) / logQ) + 1;
        }
        if (j >= n) {
          break;
        }
        if (nnz == cols.length) {
          cols = Arrays.copyOf(cols, cols.length * 2);
          vals = Arrays.copyOf(vals, vals.length * 2);
        }
        double v;
        do {
          v = rng.uniform();
        } while (v == 0.0);
        cols[nnz] = (int) j;
        vals[nnz] = v;
        nnz++;
      }
      rowStart[i + 1] = nnz;
    }
    return new CsrMatrix(n, n, rowStart, Arrays.copyOf(cols, nnz), Arrays.copyOf(vals, nnz));
  }

  /** The configuration it was built from. */
  public EsnConfig config() {
    return config;
  }

  /** Number of nodes N. */
  public int size() {
    return size;
  }

  /** Number of inputs K. */
  public int inputs() {
    return inputs;
  }

  /** The scaled recurrent matrix A. */
  public CsrMatrix matrix() {
    return matrix;
  }

  /** The power iteration on the unscaled matrix (its radius is what A was divided by). */
  public PerronRoot unscaledRoot() {
    return unscaledRoot;
  }

  /** The input that feeds node i. */
  public int inputOf(int i) {
    return inputOf[i];
  }

  /** The input weight of node i. */
  public double inputWeight(int i) {
    return inputWeight[i];
  }

  /** The same reservoir with every weight of A and W_in mapped by {@code f} (for quantisation). */
  public Reservoir mapWeights(DoubleUnaryOperator f) {
    double[] w = new double[size];
    for (int i = 0; i < size; i++) {
      w[i] = f.applyAsDouble(inputWeight[i]);
    }
    return new Reservoir(config, inputs, matrix.mapValues(f), inputOf.clone(), w, unscaledRoot);
  }

  /** One update in binary64: {@code next} = tanh(A r + W_in u). Arrays must not alias. */
  public void update(double[] r, double[] u, double[] next) {
    for (int i = 0; i < size; i++) {
      double s = inputWeight[i] * u[inputOf[i]];
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        s += values[p] * r[columns[p]];
      }
      next[i] = Tanh.tanh(s);
    }
  }

  /** One update with every operation through {@code ar}, in the same order as {@link #update}. */
  public void update(double[] r, double[] u, double[] next, Arithmetic ar) {
    for (int i = 0; i < size; i++) {
      double s = ar.dotStart(inputWeight[i], u[inputOf[i]]);
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        s = ar.dotStep(s, values[p], r[columns[p]]);
      }
      next[i] = ar.tanh(ar.dotEnd(s));
    }
  }
}
