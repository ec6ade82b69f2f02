package org.knotwork.net;

import java.util.Arrays;

/**
 * A shallow univariate ReLU network in network coordinates (equation S1):
 * f(x) = c + &Sigma;<sub>i</sub> v<sub>i</sub>&middot;relu(w<sub>i</sub>x + b<sub>i</sub>).
 *
 * <p>Immutable: arrays are copied in and out. All entries must be finite. A neuron with
 * w<sub>i</sub> = 0 is a constant unit v<sub>i</sub>&middot;relu(b<sub>i</sub>) with no knot.
 *
 * @param w first-layer weights (length H)
 * @param b first-layer biases (length H)
 * @param v second-layer weights (length H)
 * @param c output bias
 */
public record NetworkParams(double[] w, double[] b, double[] v, double c) {

  /** Validates (equal lengths, finite entries) and copies. */
  public NetworkParams {
    w = Checks.finiteCopy("w", w);
    b = Checks.finiteCopy("b", b);
    v = Checks.finiteCopy("v", v);
    Checks.sameLength("b", b, "w", w.length);
    Checks.sameLength("v", v, "w", w.length);
    Checks.finite("c", c);
  }

  /** Width H, the number of hidden neurons. */
  public int width() {
    return w.length;
  }

  @Override
  public double[] w() {
    return w.clone();
  }

  @Override
  public double[] b() {
    return b.clone();
  }

  @Override
  public double[] v() {
    return v.clone();
  }

  /** w<sub>i</sub>. */
  public double w(int i) {
    return w[i];
  }

  /** b<sub>i</sub>. */
  public double b(int i) {
    return b[i];
  }

  /** v<sub>i</sub>. */
  public double v(int i) {
    return v[i];
  }

  /** f(x) evaluated directly from S1 (O(H); for bulk evaluation use the loss engine). */
  public double value(double x) {
    double f = c;
    for (int i = 0; i < w.length; i++) {
      double z = w[i] * x + b[i];
      if (z > 0) {
        f += v[i] * z;
      }
    }
    return f;
  }

  /**
   * The flat vector w<sub>1..H</sub>, b<sub>1..H</sub>, v<sub>1..H</sub>, c (layout of
   * {@link Coordinates#NETWORK}).
   */
  public double[] toVector() {
    int h = w.length;
    double[] theta = new double[3 * h + 1];
    System.arraycopy(w, 0, theta, 0, h);
    System.arraycopy(b, 0, theta, h, h);
    System.arraycopy(v, 0, theta, 2 * h, h);
    theta[3 * h] = c;
    return theta;
  }

  /** Inverse of {@link #toVector()}. */
  public static NetworkParams fromVector(double[] theta) {
    if ((theta.length - 1) % 3 != 0 || theta.length < 1) {
      throw new IllegalArgumentException(
          "a network parameter vector has length 3H+1, got " + theta.length);
    }
    int h = (theta.length - 1) / 3;
    return new NetworkParams(
        Arrays.copyOfRange(theta, 0, h),
        Arrays.copyOfRange(theta, h, 2 * h),
        Arrays.copyOfRange(theta, 2 * h, 3 * h),
        theta[3 * h]);
  }

  /**
   * Spline coordinates of this network (S2): &beta;<sub>i</sub> = &minus;b<sub>i</sub>/w<sub>i</sub>,
   * &mu;<sub>i</sub> = v<sub>i</sub>|w<sub>i</sub>|, s<sub>i</sub> = sgn(w<sub>i</sub>).
   *
   * <p>A neuron with w<sub>i</sub> = 0 has no knot: it gets orientation 0, &beta; = NaN and &mu; = 0,
   * and its constant value v<sub>i</sub>&middot;relu(b<sub>i</sub>) is added to c, so the function is
   * unchanged.
   */
  public SplineParams toSpline() {
    int h = w.length;
    double[] beta = new double[h];
    double[] mu = new double[h];
    int[] s = new int[h];
    double offset = c;
    for (int i = 0; i < h; i++) {
      if (w[i] == 0.0) {
        beta[i] = Double.NaN;
        mu[i] = 0.0;
        s[i] = 0;
        offset += v[i] * Math.max(0.0, b[i]);
      } else {
        beta[i] = -b[i] / w[i];
        mu[i] = v[i] * Math.abs(w[i]);
        s[i] = w[i] > 0 ? 1 : -1;
      }
    }
    return new SplineParams(beta, mu, s, offset);
  }

  /**
   * The conserved per-neuron quantity &delta;<sub>i</sub> = w<sub>i</sub><sup>2</sup> +
   * b<sub>i</sub><sup>2</sup> &minus; v<sub>i</sub><sup>2</sup> of gradient flow (S5, S14).
   */
  public double[] balance() {
    double[] d = new double[w.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = w[i] * w[i] + b[i] * b[i] - v[i] * v[i];
    }
    return d;
  }

  /**
   * The rescaled network (a<sub>i</sub>w<sub>i</sub>, a<sub>i</sub>b<sub>i</sub>,
   * v<sub>i</sub>/a<sub>i</sub>), which computes the same function for every a<sub>i</sub> &gt; 0.
   */
  public NetworkParams rescale(double[] a) {
    Checks.sameLength("a", a, "w", w.length);
    double[] w2 = new double[w.length];
    double[] b2 = new double[w.length];
    double[] v2 = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (!(a[i] > 0) || !Double.isFinite(a[i])) {
        throw new IllegalArgumentException("a[" + i + "] must be positive and finite, got " + a[i]);
      }
      w2[i] = a[i] * w[i];
      b2[i] = a[i] * b[i];
      v2[i] = v[i] / a[i];
    }
    return new NetworkParams(w2, b2, v2, c);
  }

  /** The network with its neurons reordered: neuron k of the result is neuron perm[k] of this. */
  public NetworkParams permute(int[] perm) {
    int h = w.length;
    if (perm.length != h) {
      throw new IllegalArgumentException("perm has " + perm.length + " entries, width is " + h);
    }
    double[] w2 = new double[h];
    double[] b2 = new double[h];
    double[] v2 = new double[h];
    for (int k = 0; k < h; k++) {
      w2[k] = w[perm[k]];
      b2[k] = b[perm[k]];
      v2[k] = v[perm[k]];
    }
    return new NetworkParams(w2, b2, v2, c);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkParams p
        && Arrays.equals(w, p.w)
        && Arrays.equals(b, p.b)
        && Arrays.equals(v, p.v)
        && Double.compare(c, p.c) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * Arrays.hashCode(w) + Arrays.hashCode(b)) + Arrays.hashCode(v))
        + Double.hashCode(c);
  }

  @Override
  public String toString() {
    return "NetworkParams[w=" + Arrays.toString(w) + ", b=" + Arrays.toString(b)
        + ", v=" + Arrays.toString(v) + ", c=" + c + "]";
  }
}
