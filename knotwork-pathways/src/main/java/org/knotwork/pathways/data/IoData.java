package org.knotwork.pathways.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A data set of P items: inputs x<sub>i</sub> &isin; R<sup>n<sub>in</sub></sup> and targets
 * y<sub>i</sub> &isin; R<sup>n<sub>out</sub></sup>, with optional names for items and features.
 * Immutable; the arrays handed in and out are copies.
 *
 * <p>Layout: item-major ("row i is item i"), as the training batch is stored.
 */
public final class IoData {
  private final int items;
  private final int inputs;
  private final int outputs;
  private final double[] x;
  private final double[] y;
  private final List<String> itemNames;
  private final List<String> featureNames;

  /**
   * @param x P rows of n<sub>in</sub> inputs
   * @param y P rows of n<sub>out</sub> targets
   * @param itemNames P names, or null for "item1".."itemP"
   * @param featureNames n<sub>out</sub> names, or null for "feature1"..
   */
  public IoData(double[][] x, double[][] y, List<String> itemNames, List<String> featureNames) {
    if (x == null || x.length == 0) {
      throw new IllegalArgumentException("inputs must have at least one item (row)");
    }
    if (y == null || y.length != x.length) {
      throw new IllegalArgumentException("targets must have one row per item: expected "
          + x.length + " rows, got " + (y == null ? "none" : y.length));
    }
    this.items = x.length;
    this.inputs = x[0].length;
    this.outputs = y[0].length;
    if (inputs == 0) {
      throw new IllegalArgumentException("inputs must have at least one column");
    }
    if (outputs == 0) {
      throw new IllegalArgumentException("targets must have at least one column");
    }
    this.x = flatten("inputs", x, inputs);
    this.y = flatten("targets", y, outputs);
    this.itemNames = names("itemNames", itemNames, items, "item");
    this.featureNames = names("featureNames", featureNames, outputs, "feature");
  }

  /** Inputs and targets only, with default names. */
  public IoData(double[][] x, double[][] y) {
    this(x, y, null, null);
  }

  /**
   * One-hot inputs (X = I<sub>P</sub>, "whitened", as in every experiment of the paper) with the
   * given item-by-feature target table.
   */
  public static IoData oneHot(double[][] y, List<String> itemNames, List<String> featureNames) {
    if (y == null || y.length == 0) {
      throw new IllegalArgumentException("targets must have at least one item (row)");
    }
    double[][] x = new double[y.length][y.length];
    for (int i = 0; i < y.length; i++) {
      x[i][i] = 1;
    }
    return new IoData(x, y, itemNames, featureNames);
  }

  private static double[] flatten(String field, double[][] a, int cols) {
    double[] out = new double[a.length * cols];
    for (int i = 0; i < a.length; i++) {
      if (a[i] == null || a[i].length != cols) {
        throw new IllegalArgumentException(field + " row " + i + " must have " + cols
            + " entries, got " + (a[i] == null ? "none" : a[i].length));
      }
      for (int j = 0; j < cols; j++) {
        double v = a[i][j];
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(
              field + "[" + i + "][" + j + "] must be a finite number, got " + v);
        }
        out[i * cols + j] = v;
      }
    }
    return out;
  }

  private static List<String> names(String field, List<String> given, int n, String prefix) {
    if (given == null) {
      List<String> out = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        out.add(prefix + i);
      }
      return List.copyOf(out);
    }
    if (given.size() != n) {
      throw new IllegalArgumentException(
          field + " must have " + n + " entries, got " + given.size());
    }
    for (int i = 0; i < n; i++) {
      if (given.get(i) == null || given.get(i).isBlank()) {
        throw new IllegalArgumentException(field + "[" + i + "] must be a non-blank name");
      }
    }
    return List.copyOf(given);
  }

  /** Number of items P. */
  public int items() {
    return items;
  }

  /** Input dimension n<sub>in</sub>. */
  public int inputs() {
    return inputs;
  }

  /** Output dimension n<sub>out</sub>. */
  public int outputs() {
    return outputs;
  }

  /** Inputs, P &times; n<sub>in</sub> row-major (a copy). */
  public double[] inputsRowMajor() {
    return x.clone();
  }

  /** Targets, P &times; n<sub>out</sub> row-major (a copy). */
  public double[] targetsRowMajor() {
    return y.clone();
  }

  /** Input i, j. */
  public double input(int item, int j) {
    return x[item * inputs + j];
  }

  /** Target i, j. */
  public double target(int item, int j) {
    return y[item * outputs + j];
  }

  /** Item names. */
  public List<String> itemNames() {
    return itemNames;
  }

  /** Feature (output) names. */
  public List<String> featureNames() {
    return featureNames;
  }

  /**
   * True if the inputs are exactly the one-hot identity (P = n<sub>in</sub>, x<sub>i</sub> =
   * e<sub>i</sub>): then the network outputs on the training batch are the pathway maps.
   */
  public boolean isIdentityInput() {
    if (items != inputs) {
      return false;
    }
    for (int i = 0; i < items; i++) {
      for (int j = 0; j < inputs; j++) {
        if (x[i * inputs + j] != (i == j ? 1.0 : 0.0)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The input-output correlation &Sigma;<sub>yx</sub> = &sum;<sub>i</sub> y<sub>i</sub>
   * x<sub>i</sub><sup>T</sup> = Y<sup>T</sup>X (n<sub>out</sub> &times; n<sub>in</sub>), summed over
   * items, not averaged (notes &sect;2.1).
   */
  public double[][] inputOutputCorrelation() {
    double[][] s = new double[outputs][inputs];
    for (int p = 0; p < items; p++) {
      for (int o = 0; o < outputs; o++) {
        double yo = y[p * outputs + o];
        for (int i = 0; i < inputs; i++) {
          s[o][i] += yo * x[p * inputs + i];
        }
      }
    }
    return s;
  }

  /** The input correlation &Sigma;<sub>xx</sub> = X<sup>T</sup>X (n<sub>in</sub> &times; n<sub>in</sub>). */
  public double[][] inputCorrelation() {
    double[][] s = new double[inputs][inputs];
    for (int p = 0; p < items; p++) {
      for (int a = 0; a < inputs; a++) {
        double xa = x[p * inputs + a];
        for (int b = 0; b < inputs; b++) {
          s[a][b] += xa * x[p * inputs + b];
        }
      }
    }
    return s;
  }
}
