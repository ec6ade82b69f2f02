package org.knotwork.multivariate.deep;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.knotwork.common.io.InputException;
import org.knotwork.multivariate.net.Checks;

/**
 * A ReLU network with one input and two hidden layers (docs/multivariate-deep.md §4): h<sup>1</sup>
 * = relu(W<sup>1</sup>x + b<sup>1</sup>) &isin; R<sup>H1</sup>, h<sup>2</sup> =
 * relu(W<sup>2</sup>h<sup>1</sup> + b<sup>2</sup>) &isin; R<sup>H2</sup>, f =
 * v&middot;h<sup>2</sup> + c. relu'(0) = 0 throughout. Immutable; arrays are copied in and out.
 *
 * @param w1 first-layer weights (length H1)
 * @param b1 first-layer biases (length H1)
 * @param w2 second-layer weights, H2 rows of H1 entries
 * @param b2 second-layer biases (length H2)
 * @param v output weights (length H2)
 * @param c output bias
 */
public record DeepUnivariate(double[] w1, double[] b1, double[][] w2, double[] b2, double[] v,
    double c) {

  /** Validates (H1, H2 &ge; 1, consistent shapes, finite entries) and copies. */
  public DeepUnivariate {
    w1 = Checks.finiteCopy("w1", w1);
    b1 = Checks.finiteCopy("b1", b1);
    b2 = Checks.finiteCopy("b2", b2);
    v = Checks.finiteCopy("v", v);
    if (w1.length == 0) {
      throw new InputException("w1 must have at least one entry (H1 >= 1)");
    }
    if (b2.length == 0) {
      throw new InputException("b2 must have at least one entry (H2 >= 1)");
    }
    Checks.sameLength("b1", b1, "w1", w1.length);
    Checks.sameLength("v", v, "b2", b2.length);
    if (w2 == null || w2.length != b2.length) {
      throw new InputException("w2 has " + (w2 == null ? 0 : w2.length) + " rows, expected H2 = "
          + b2.length);
    }
    double[][] copy = new double[w2.length][];
    for (int k = 0; k < w2.length; k++) {
      copy[k] = Checks.finiteCopy("w2[" + k + "]", w2[k]);
      Checks.sameLength("w2[" + k + "]", copy[k], "w1", w1.length);
    }
    w2 = copy;
    Checks.finite("c", c);
  }

  @Override
  public double[] w1() {
    return w1.clone();
  }

  @Override
  public double[] b1() {
    return b1.clone();
  }

  @Override
  public double[][] w2() {
    double[][] out = new double[w2.length][];
    for (int k = 0; k < w2.length; k++) {
      out[k] = w2[k].clone();
    }
    return out;
  }

  @Override
  public double[] b2() {
    return b2.clone();
  }

  @Override
  public double[] v() {
    return v.clone();
  }

  /** H1, the width of the first hidden layer. */
  public int width1() {
    return w1.length;
  }

  /** H2, the width of the second hidden layer. */
  public int width2() {
    return b2.length;
  }

  /** The layer-1 pre-activation W<sup>1</sup><sub>i</sub>x + b<sup>1</sup><sub>i</sub>. */
  public double preActivation1(int i, double x) {
    return w1[i] * x + b1[i];
  }

  /**
   * The layer-2 pre-activation z<sub>k</sub>(x) = W<sup>2</sup><sub>k</sub>&middot;h<sup>1</sup>(x)
   * + b<sup>2</sup><sub>k</sub>.
   */
  public double preActivation2(int k, double x) {
    double z = b2[k];
    for (int i = 0; i < w1.length; i++) {
      double a = preActivation1(i, x);
      if (a > 0) {
        z += w2[k][i] * a;
      }
    }
    return z;
  }

  /** f(x) by the forward pass. */
  public double value(double x) {
    double[] h1 = new double[w1.length];
    for (int i = 0; i < w1.length; i++) {
      h1[i] = Math.max(0.0, preActivation1(i, x));
    }
    double f = c;
    for (int k = 0; k < b2.length; k++) {
      double z = b2[k];
      for (int i = 0; i < w1.length; i++) {
        z += w2[k][i] * h1[i];
      }
      if (z > 0) {
        f += v[k] * z;
      }
    }
    return f;
  }

  /**
   * df/dx by the forward pass with relu'(0) = 0: the slope of the linear piece containing x when x
   * is not a knot.
   */
  public double slope(double x) {
    double[] dh1 = new double[w1.length];
    for (int i = 0; i < w1.length; i++) {
      dh1[i] = preActivation1(i, x) > 0 ? w1[i] : 0.0;
    }
    double s = 0;
    for (int k = 0; k < b2.length; k++) {
      if (preActivation2(k, x) > 0) {
        for (int i = 0; i < w1.length; i++) {
          s += v[k] * w2[k][i] * dh1[i];
        }
      }
    }
    return s;
  }

  /**
   * The distinct layer-1 knots &minus;b<sup>1</sup><sub>i</sub>/W<sup>1</sup><sub>i</sub>
   * (W<sup>1</sup><sub>i</sub> &ne; 0), sorted (§4); a knot at zero is +0.0.
   */
  public double[] layer1Knots() {
    return Arrays.stream(w1Indices()).mapToDouble(i -> -b1[i] / w1[i] + 0.0).sorted().distinct()
        .toArray();
  }

  private int[] w1Indices() {
    return IntStream.range(0, w1.length).filter(i -> w1[i] != 0).toArray();
  }

  /**
   * The layer-2 knots (§4): on each open interval between consecutive layer-1 knots h<sup>1</sup>
   * is affine, so z<sub>k</sub>(x) = A<sub>k</sub>x + B<sub>k</sub> there; its root
   * &minus;B<sub>k</sub>/A<sub>k</sub> is a knot when it falls strictly inside the interval. Roots
   * at a layer-1 knot are layer-1 knots already. Sorted and distinct, and distinct from the layer-1
   * knots.
   */
  public double[] layer2Knots() {
    double[] p = layer1Knots();
    int m = p.length;
    double[] roots = new double[(m + 1) * b2.length];
    int count = 0;
    for (int piece = 0; piece <= m; piece++) {
      double lo = piece == 0 ? Double.NEGATIVE_INFINITY : p[piece - 1];
      double hi = piece == m ? Double.POSITIVE_INFINITY : p[piece];
      double probe = probe(lo, hi);
      for (int k = 0; k < b2.length; k++) {
        double a = 0;
        double bb = b2[k];
        for (int i = 0; i < w1.length; i++) {
          if (preActivation1(i, probe) > 0) {
            a += w2[k][i] * w1[i];
            bb += w2[k][i] * b1[i];
          }
        }
        if (a != 0) {
          double r = -bb / a + 0.0; // + 0.0 turns -0.0 into 0.0 for sort/distinct
          if (r > lo && r < hi) {
            roots[count++] = r;
          }
        }
      }
    }
    return Arrays.stream(roots, 0, count).sorted().distinct().toArray();
  }

  /**
   * f as a 1-D spline (§4): every layer-1 and layer-2 knot (a knot through which no active path
   * carries slope keeps delta-slope 0), with delta-slopes from the forward-pass slopes of the
   * pieces on either side, anchored at the first knot (0 if there is none). Cost
   * O(K&middot;H1&middot;H2) for K knots: the reference path, not the prefix-sum one.
   */
  public KnotSpline spline() {
    double[] l1 = layer1Knots();
    double[] l2 = layer2Knots();
    double[] t = new double[l1.length + l2.length];
    System.arraycopy(l1, 0, t, 0, l1.length);
    System.arraycopy(l2, 0, t, l1.length, l2.length);
    t = Arrays.stream(t).sorted().distinct().toArray();
    int m = t.length;
    double[] slopes = new double[m + 1];
    for (int piece = 0; piece <= m; piece++) {
      double lo = piece == 0 ? Double.NEGATIVE_INFINITY : t[piece - 1];
      double hi = piece == m ? Double.POSITIVE_INFINITY : t[piece];
      slopes[piece] = slope(probe(lo, hi));
    }
    double[] delta = new double[m];
    for (int k = 0; k < m; k++) {
      delta[k] = slopes[k + 1] - slopes[k];
    }
    double anchor = m == 0 ? 0.0 : t[0];
    return new KnotSpline(t, delta, slopes[0], anchor, value(anchor));
  }

  /** An interior point of (lo, hi): the midpoint, or one unit inside an infinite end. */
  private static double probe(double lo, double hi) {
    if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    if (lo == Double.NEGATIVE_INFINITY) {
      return hi - Math.max(1.0, Math.abs(hi));
    }
    if (hi == Double.POSITIVE_INFINITY) {
      return lo + Math.max(1.0, Math.abs(lo));
    }
    return lo + 0.5 * (hi - lo);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeepUnivariate p
        && Arrays.equals(w1, p.w1) && Arrays.equals(b1, p.b1) && Arrays.deepEquals(w2, p.w2)
        && Arrays.equals(b2, p.b2) && Arrays.equals(v, p.v) && Double.compare(c, p.c) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {Arrays.hashCode(w1), Arrays.hashCode(b1),
        Arrays.deepHashCode(w2), Arrays.hashCode(b2), Arrays.hashCode(v), Double.hashCode(c)});
  }

  @Override
  public String toString() {
    return "DeepUnivariate[w1=" + Arrays.toString(w1) + ", b1=" + Arrays.toString(b1) + ", w2="
        + Arrays.deepToString(w2) + ", b2=" + Arrays.toString(b2) + ", v=" + Arrays.toString(v)
        + ", c=" + c + "]";
  }
}
