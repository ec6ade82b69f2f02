package org.knotwork.multivariate.deep;

import java.util.Arrays;
import org.knotwork.common.io.InputException;
import org.knotwork.multivariate.net.Checks;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * A fully connected ReLU network with L &ge; 1 hidden layers on R<sup>d</sup>
 * (docs/multivariate-deep.md §3.3): h<sup>0</sup> = x, h<sup>l</sup> =
 * relu(W<sup>l</sup>h<sup>l&minus;1</sup> + b<sup>l</sup>) for l = 1..L, f = v&middot;h<sup>L</sup>
 * + c. relu'(0) = 0: a unit whose pre-activation is exactly 0 is inactive. Immutable; arrays are
 * copied in and out.
 *
 * @param w weights: w[l] is H<sub>l+1</sub> rows of H<sub>l</sub> entries (H<sub>0</sub> = d)
 * @param b biases: b[l] has H<sub>l+1</sub> entries
 * @param v output weights (length H<sub>L</sub>)
 * @param c output bias
 */
public record DeepNet(double[][][] w, double[][] b, double[] v, double c) {

  /** Validates (L &ge; 1, every layer non-empty and consistent, finite entries) and copies. */
  public DeepNet {
    if (w == null || w.length == 0 || b == null || b.length != w.length) {
      throw new InputException("w and b must list the same number (>= 1) of layers, got "
          + (w == null ? 0 : w.length) + " and " + (b == null ? 0 : b.length));
    }
    double[][][] wc = new double[w.length][][];
    double[][] bc = new double[w.length][];
    int in = -1;
    for (int l = 0; l < w.length; l++) {
      if (w[l] == null || w[l].length == 0) {
        throw new InputException("w[" + l + "] must have at least one row (one unit)");
      }
      wc[l] = new double[w[l].length][];
      for (int k = 0; k < w[l].length; k++) {
        wc[l][k] = Checks.finiteCopy("w[" + l + "][" + k + "]", w[l][k]);
        if (in < 0) {
          in = wc[l][k].length;
          if (in == 0) {
            throw new InputException("w[0][0] must have at least one entry (d >= 1)");
          }
        }
        Checks.sameLength("w[" + l + "][" + k + "]", wc[l][k],
            l == 0 ? "w[0][0]" : "b[" + (l - 1) + "]", in);
      }
      bc[l] = Checks.finiteCopy("b[" + l + "]", b[l]);
      Checks.sameLength("b[" + l + "]", bc[l], "w[" + l + "]", wc[l].length);
      in = wc[l].length;
    }
    w = wc;
    b = bc;
    v = Checks.finiteCopy("v", v);
    Checks.sameLength("v", v, "the last layer", in);
    Checks.finite("c", c);
  }

  /** The one-hidden-layer net of a shallow net (the same function). */
  public static DeepNet of(ShallowNet net) {
    return new DeepNet(new double[][][] {net.w()}, new double[][] {net.b()}, net.v(), net.c());
  }

  /** The two-hidden-layer univariate net as a DeepNet with d = 1 (the same function). */
  public static DeepNet of(DeepUnivariate net) {
    double[] w1 = net.w1();
    double[][] col = new double[w1.length][];
    for (int i = 0; i < w1.length; i++) {
      col[i] = new double[] {w1[i]};
    }
    return new DeepNet(new double[][][] {col, net.w2()}, new double[][] {net.b1(), net.b2()},
        net.v(), net.c());
  }

  /** Number of hidden layers L. */
  public int depth() {
    return w.length;
  }

  /** Input dimension d. */
  public int dim() {
    return w[0][0].length;
  }

  /** Width H<sub>l+1</sub> of hidden layer l (0-based). */
  public int width(int l) {
    return w[l].length;
  }

  /** Total number of hidden units &Sigma;<sub>l</sub> H<sub>l</sub>. */
  public int units() {
    int n = 0;
    for (double[][] layer : w) {
      n += layer.length;
    }
    return n;
  }

  /** A copy of the weights of hidden layer l. */
  public double[][] weights(int l) {
    double[][] out = new double[w[l].length][];
    for (int k = 0; k < out.length; k++) {
      out[k] = w[l][k].clone();
    }
    return out;
  }

  /** A copy of the biases of hidden layer l. */
  public double[] biases(int l) {
    return b[l].clone();
  }

  @Override
  public double[][][] w() {
    double[][][] out = new double[w.length][][];
    for (int l = 0; l < w.length; l++) {
      out[l] = weights(l);
    }
    return out;
  }

  @Override
  public double[][] b() {
    double[][] out = new double[b.length][];
    for (int l = 0; l < b.length; l++) {
      out[l] = b[l].clone();
    }
    return out;
  }

  @Override
  public double[] v() {
    return v.clone();
  }

  /**
   * The pre-activations of every hidden unit at x, layer after layer (length {@link #units()}).
   */
  public double[] preActivations(double[] x) {
    if (x.length != dim()) {
      throw new InputException("x has " + x.length + " entries, expected d = " + dim());
    }
    double[] out = new double[units()];
    double[] h = x;
    int at = 0;
    for (int l = 0; l < w.length; l++) {
      double[] next = new double[w[l].length];
      for (int k = 0; k < next.length; k++) {
        double z = b[l][k];
        for (int i = 0; i < h.length; i++) {
          z += w[l][k][i] * h[i];
        }
        out[at++] = z;
        next[k] = z > 0 ? z : 0.0;
      }
      h = next;
    }
    return out;
  }

  /** The activation pattern at x: unit after unit, layer after layer, true when z &gt; 0. */
  public boolean[] pattern(double[] x) {
    double[] z = preActivations(x);
    boolean[] p = new boolean[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = z[k] > 0;
    }
    return p;
  }

  /** f(x) by the forward pass. */
  public double value(double[] x) {
    double[] z = preActivations(x);
    int last = z.length - v.length;
    double f = c;
    for (int k = 0; k < v.length; k++) {
      if (z[last + k] > 0) {
        f += v[k] * z[last + k];
      }
    }
    return f;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeepNet p && Arrays.deepEquals(w, p.w) && Arrays.deepEquals(b, p.b)
        && Arrays.equals(v, p.v) && Double.compare(c, p.c) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {Arrays.deepHashCode(w), Arrays.deepHashCode(b),
        Arrays.hashCode(v), Double.hashCode(c)});
  }

  @Override
  public String toString() {
    return "DeepNet[w=" + Arrays.deepToString(w) + ", b=" + Arrays.deepToString(b) + ", v="
        + Arrays.toString(v) + ", c=" + c + "]";
  }
}
