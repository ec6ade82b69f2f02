package org.knotwork.reservoir.d2r2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.reservoir.precision.Arithmetic;

/**
 * All monomials of K variables up to total degree p, constant included, in scikit-learn
 * {@code PolynomialFeatures} order (notes &sect;4.1, check 11): by degree 0, 1, &hellip;, p, and within a
 * degree the index tuples i<sub>1</sub> &le; &hellip; &le; i<sub>d</sub> in lexicographic order
 * ({@code itertools.combinations_with_replacement}). For K = 3, p = 2: 1, x0, x1, x2, x0&sup2;, x0 x1,
 * x0 x2, x1&sup2;, x1 x2, x2&sup2;. Count C(K + p, p).
 *
 * <p>Each monomial of degree &ge; 2 is evaluated as its parent (the tuple without its last index) times
 * the last variable, one multiplication per monomial.
 */
public final class PolynomialFeatures {
  /** Largest number of features accepted (the Gram matrix is P &times; P). */
  public static final int MAX_FEATURES = 20_000;

  private final int inputs;
  private final int degree;
  private final int[] parent;
  private final int[] variable;
  private final int[] featureDegree;
  private final int[][] exponents;

  /**
   * The feature map of {@code inputs} variables up to {@code degree}.
   *
   * @throws IllegalArgumentException if K &lt; 1, p &lt; 1 or C(K + p, p) exceeds {@link #MAX_FEATURES}
   */
  public PolynomialFeatures(int inputs, int degree) {
    if (inputs < 1) {
      throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
    }
    if (degree < 1) {
      throw new IllegalArgumentException("degree must be at least 1, got " + degree);
    }
    long count = count(inputs, degree);
    if (count > MAX_FEATURES) {
      throw new IllegalArgumentException("C(K + p, p) = " + count + " features for K=" + inputs
          + ", p=" + degree + " exceeds " + MAX_FEATURES);
    }
    int n = (int) count;
    this.inputs = inputs;
    this.degree = degree;
    parent = new int[n];
    variable = new int[n];
    featureDegree = new int[n];
    exponents = new int[n][];
    List<int[]> tuples = new ArrayList<>();
    tuples.add(new int[0]);
    parent[0] = -1;
    variable[0] = -1;
    int prevStart = 0;
    int prevEnd = 1;
    for (int d = 1; d <= degree; d++) {
      for (int q = prevStart; q < prevEnd; q++) {
        int[] par = tuples.get(q);
        int last = par.length == 0 ? 0 : par[par.length - 1];
        for (int v = last; v < inputs; v++) {
          int[] t = Arrays.copyOf(par, d);
          t[d - 1] = v;
          int idx = tuples.size();
          tuples.add(t);
          parent[idx] = q;
          variable[idx] = v;
          featureDegree[idx] = d;
        }
      }
      prevStart = prevEnd;
      prevEnd = tuples.size();
    }
    for (int q = 0; q < n; q++) {
      int[] e = new int[inputs];
      for (int v : tuples.get(q)) {
        e[v]++;
      }
      exponents[q] = e;
    }
  }

  /** C(K + p, p) without overflow for the sizes accepted here. */
  public static long count(int inputs, int degree) {
    long c = 1;
    for (int q = 1; q <= degree; q++) {
      c = c * (inputs + q) / q;
      if (c > Integer.MAX_VALUE) {
        return Long.MAX_VALUE;
      }
    }
    return c;
  }

  /** Number of variables K. */
  public int inputs() {
    return inputs;
  }

  /** Maximum degree p. */
  public int degree() {
    return degree;
  }

  /** Number of features P = C(K + p, p). */
  public int size() {
    return parent.length;
  }

  /** Multiplications per evaluation: one per monomial of degree &ge; 2, i.e. P &minus; 1 &minus; K. */
  public long products() {
    return size() - 1L - inputs;
  }

  /** Exponent of each variable in feature j (a copy). */
  public int[] exponents(int j) {
    return exponents[j].clone();
  }

  /** Total degree of feature j. */
  public int degreeOf(int j) {
    return featureDegree[j];
  }

  /** scikit-learn style name, e.g. {@code 1}, {@code x0}, {@code x0^2 x1}. */
  public String name(int j) {
    if (j == 0) {
      return "1";
    }
    StringBuilder sb = new StringBuilder();
    for (int v = 0; v < inputs; v++) {
      int e = exponents[j][v];
      if (e > 0) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append('x').append(v);
        if (e > 1) {
          sb.append('^').append(e);
        }
      }
    }
    return sb.toString();
  }

  /** &phi;(u) into {@code out} (length P). */
  public void evaluate(double[] u, double[] out) {
    out[0] = 1.0;
    int n = parent.length;
    for (int j = 1; j < n; j++) {
      out[j] = featureDegree[j] == 1 ? u[variable[j]] : out[parent[j]] * u[variable[j]];
    }
  }

  /** Index of the parent of feature j &ge; 1 (feature j without its last variable; 0 for degree 1). */
  int parentOf(int j) {
    return Math.max(parent[j], 0);
  }

  /** The last (highest-index) variable of feature j &ge; 1. */
  int lastVariableOf(int j) {
    return variable[j];
  }

  /** &phi;(u) with every product through {@code ar}, same order as {@link #evaluate(double[], double[])}. */
  public void evaluate(double[] u, double[] out, Arithmetic ar) {
    out[0] = 1.0;
    int n = parent.length;
    for (int j = 1; j < n; j++) {
      out[j] = featureDegree[j] == 1 ? u[variable[j]] : ar.multiply(out[parent[j]], u[variable[j]]);
    }
  }
}
