package org.knotwork.net;

import java.util.Arrays;

/**
 * A shallow univariate ReLU network in spline coordinates (equations S2, S3):
 * f(x) = c + &Sigma;<sub>i</sub> &mu;<sub>i</sub>&middot;relu(s<sub>i</sub>(x &minus; &beta;<sub>i</sub>)).
 *
 * <p>Neuron i has a knot (breakpoint) &beta;<sub>i</sub>, a delta-slope &mu;<sub>i</sub> (the slope of f
 * jumps by exactly &mu;<sub>i</sub> when x crosses &beta;<sub>i</sub> from left to right, whatever the
 * orientation) and an orientation s<sub>i</sub> &isin; {&minus;1, 0, +1}: +1 means active to the right
 * of its knot, &minus;1 active to the left. Orientation 0 marks a neuron without a knot (w = 0 in
 * network coordinates); such a neuron contributes nothing here, has &beta; = NaN and &mu; = 0, and its
 * constant value lives in c.
 *
 * <p>Immutable: arrays are copied in and out.
 *
 * @param beta knots &beta;<sub>i</sub> (NaN exactly where the orientation is 0)
 * @param mu delta-slopes &mu;<sub>i</sub> (0 where the orientation is 0)
 * @param orientation s<sub>i</sub> in {&minus;1, 0, +1}
 * @param c offset
 */
public record SplineParams(double[] beta, double[] mu, int[] orientation, double c) {

  /** Validates and copies; messages name the offending field and index. */
  public SplineParams {
    if (beta == null || mu == null || orientation == null) {
      throw new IllegalArgumentException("beta, mu and orientation are all required");
    }
    beta = beta.clone();
    mu = Checks.finiteCopy("mu", mu);
    orientation = orientation.clone();
    Checks.sameLength("mu", mu, "beta", beta.length);
    if (orientation.length != beta.length) {
      throw new IllegalArgumentException("orientation has " + orientation.length
          + " entries but beta has " + beta.length);
    }
    for (int i = 0; i < beta.length; i++) {
      int s = orientation[i];
      if (s != -1 && s != 0 && s != 1) {
        throw new IllegalArgumentException("orientation[" + i + "] must be -1, 0 or +1, got " + s);
      }
      if (s == 0) {
        if (!Double.isNaN(beta[i]) || mu[i] != 0.0) {
          throw new IllegalArgumentException("neuron " + i
              + " has orientation 0 (no knot): beta must be NaN and mu 0");
        }
      } else if (!Double.isFinite(beta[i])) {
        throw new IllegalArgumentException(
            "beta[" + i + "] must be a finite number, got " + beta[i]);
      }
    }
    Checks.finite("c", c);
  }

  /** Width H. */
  public int width() {
    return beta.length;
  }

  @Override
  public double[] beta() {
    return beta.clone();
  }

  @Override
  public double[] mu() {
    return mu.clone();
  }

  @Override
  public int[] orientation() {
    return orientation.clone();
  }

  /** &beta;<sub>i</sub>. */
  public double beta(int i) {
    return beta[i];
  }

  /** &mu;<sub>i</sub>. */
  public double mu(int i) {
    return mu[i];
  }

  /** s<sub>i</sub>. */
  public int orientation(int i) {
    return orientation[i];
  }

  /** f(x) evaluated directly from S3 (O(H)). */
  public double value(double x) {
    double f = c;
    for (int i = 0; i < beta.length; i++) {
      int s = orientation[i];
      if (s != 0) {
        double z = s * (x - beta[i]);
        if (z > 0) {
          f += mu[i] * z;
        }
      }
    }
    return f;
  }

  /**
   * The flat vector &beta;<sub>1..H</sub>, &mu;<sub>1..H</sub>, c (layout of
   * {@link Coordinates#SPLINE}); a knotless neuron's &beta; entry is written as 0.
   */
  public double[] toVector() {
    int h = beta.length;
    double[] theta = new double[2 * h + 1];
    for (int i = 0; i < h; i++) {
      theta[i] = orientation[i] == 0 ? 0.0 : beta[i];
      theta[h + i] = mu[i];
    }
    theta[2 * h] = c;
    return theta;
  }

  /**
   * Inverse of {@link #toVector()} for the given orientations. Entries of knotless neurons
   * (orientation 0) are ignored.
   */
  public static SplineParams fromVector(double[] theta, int[] orientation) {
    int h = orientation.length;
    if (theta.length != 2 * h + 1) {
      throw new IllegalArgumentException("a spline parameter vector for width " + h
          + " has length " + (2 * h + 1) + ", got " + theta.length);
    }
    double[] beta = new double[h];
    double[] mu = new double[h];
    for (int i = 0; i < h; i++) {
      beta[i] = orientation[i] == 0 ? Double.NaN : theta[i];
      mu[i] = orientation[i] == 0 ? 0.0 : theta[h + i];
    }
    return new SplineParams(beta, mu, orientation, theta[2 * h]);
  }

  /**
   * The unit-weight representative of each rescaling orbit (S5 with |w<sub>i</sub>| = 1):
   * w = s, b = &minus;s&beta;, v = &mu;. Knotless neurons map to w = b = v = 0.
   */
  public NetworkParams toNetwork() {
    double[] ones = new double[beta.length];
    Arrays.fill(ones, 1.0);
    return toNetwork(ones);
  }

  /**
   * The representative with the given first-layer magnitudes (S5): w<sub>i</sub> =
   * s<sub>i</sub>|w<sub>i</sub>|, b<sub>i</sub> = &minus;w<sub>i</sub>&beta;<sub>i</sub>,
   * v<sub>i</sub> = &mu;<sub>i</sub>/|w<sub>i</sub>|.
   *
   * @param absW positive magnitudes |w<sub>i</sub>| (ignored for knotless neurons)
   */
  public NetworkParams toNetwork(double[] absW) {
    int h = beta.length;
    Checks.sameLength("absW", absW, "beta", h);
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      if (orientation[i] == 0) {
        continue;
      }
      if (!(absW[i] > 0) || !Double.isFinite(absW[i])) {
        throw new IllegalArgumentException(
            "absW[" + i + "] must be positive and finite, got " + absW[i]);
      }
      w[i] = orientation[i] * absW[i];
      b[i] = -w[i] * beta[i];
      v[i] = mu[i] / absW[i];
    }
    return new NetworkParams(w, b, v, c);
  }

  /**
   * The representative on which gradient flow keeps &delta;<sub>i</sub> = w<sub>i</sub><sup>2</sup> +
   * b<sub>i</sub><sup>2</sup> &minus; v<sub>i</sub><sup>2</sup> at the given values (S5):
   * |w<sub>i</sub>|<sup>2</sup> = [&delta;<sub>i</sub> + &radic;(&delta;<sub>i</sub><sup>2</sup> +
   * 4(1+&beta;<sub>i</sub><sup>2</sup>)&mu;<sub>i</sub><sup>2</sup>)] / (2(1+&beta;<sub>i</sub><sup>2</sup>)).
   *
   * @throws IllegalArgumentException if some neuron with a knot would get |w| = 0 (&mu; = 0 and
   *     &delta; &le; 0)
   */
  public NetworkParams toNetworkWithBalance(double[] delta) {
    int h = beta.length;
    Checks.sameLength("delta", delta, "beta", h);
    double[] absW = new double[h];
    for (int i = 0; i < h; i++) {
      if (orientation[i] == 0) {
        absW[i] = 1.0;
        continue;
      }
      double q = 1.0 + beta[i] * beta[i];
      double d = delta[i];
      double w2 = (d + Math.sqrt(d * d + 4.0 * q * mu[i] * mu[i])) / (2.0 * q);
      if (!(w2 > 0)) {
        throw new IllegalArgumentException("neuron " + i
            + ": delta = " + d + " with mu = " + mu[i] + " leaves no representative with w != 0");
      }
      absW[i] = Math.sqrt(w2);
    }
    return toNetwork(absW);
  }

  /** The canonical knot set of the function (S4). */
  public CanonicalSpline canonical() {
    return CanonicalSpline.of(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SplineParams p
        && Arrays.equals(beta, p.beta)
        && Arrays.equals(mu, p.mu)
        && Arrays.equals(orientation, p.orientation)
        && Double.compare(c, p.c) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * Arrays.hashCode(beta) + Arrays.hashCode(mu))
        + Arrays.hashCode(orientation)) + Double.hashCode(c);
  }

  @Override
  public String toString() {
    return "SplineParams[beta=" + Arrays.toString(beta) + ", mu=" + Arrays.toString(mu)
        + ", orientation=" + Arrays.toString(orientation) + ", c=" + c + "]";
  }
}
