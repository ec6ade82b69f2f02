package org.knotwork.multivariate.net;

import java.util.Arrays;
import org.knotwork.common.io.InputException;
import org.knotwork.common.math.Vectors;

/**
 * A shallow ReLU network on R<sup>d</sup> in hyperplane coordinates (docs/multivariate-deep.md §1):
 * f(x) = c + &Sigma;<sub>i</sub> &mu;<sub>i</sub>&middot;relu(n<sub>i</sub>&middot;x &minus;
 * &beta;<sub>i</sub>). Neuron i is the hyperplane {x : n<sub>i</sub>&middot;x = &beta;<sub>i</sub>}
 * with unit normal n<sub>i</sub>, signed offset &beta;<sub>i</sub> and delta-slope
 * &mu;<sub>i</sub>: &nabla;f jumps by &mu;<sub>i</sub>n<sub>i</sub> across it.
 *
 * <p>Every row of {@code n} is a unit vector (to 1e-9) or, for a <em>null neuron</em> (the image of
 * w<sub>i</sub> = 0, whose constant was folded into c), exactly zero with &beta;<sub>i</sub> =
 * &mu;<sub>i</sub> = 0. Immutable: arrays are copied in and out. relu'(0) = 0 (§2.3).
 *
 * @param n unit normals, H rows of d entries
 * @param beta signed offsets (length H)
 * @param mu delta-slopes (length H)
 * @param c output offset
 */
public record HyperplaneNet(double[][] n, double[] beta, double[] mu, double c) {

  private static final double UNIT_TOLERANCE = 1e-9;

  /** Validates (shapes, finiteness, unit or null normals) and copies. */
  public HyperplaneNet {
    n = Checks.finiteMatrix("n", n);
    beta = Checks.finiteCopy("beta", beta);
    mu = Checks.finiteCopy("mu", mu);
    Checks.sameLength("beta", beta, "n", n.length);
    Checks.sameLength("mu", mu, "n", n.length);
    Checks.finite("c", c);
    for (int i = 0; i < n.length; i++) {
      double norm = Vectors.norm(n[i]);
      if (norm == 0) {
        if (beta[i] != 0 || mu[i] != 0) {
          throw new InputException("n[" + i + "] = 0 (null neuron) needs beta = mu = 0, got beta = "
              + beta[i] + ", mu = " + mu[i]);
        }
      } else if (Math.abs(norm - 1) > UNIT_TOLERANCE) {
        throw new InputException("n[" + i + "] must be a unit vector, has norm " + norm);
      }
    }
  }

  /**
   * For d = 2, the angle form (§1.1): n<sub>i</sub> = (cos &theta;<sub>i</sub>, sin
   * &theta;<sub>i</sub>).
   */
  public static HyperplaneNet fromAngles(double[] theta, double[] beta, double[] mu, double c) {
    double[] t = Checks.finiteCopy("theta", theta);
    double[][] n = new double[t.length][];
    for (int i = 0; i < t.length; i++) {
      n[i] = new double[] {Math.cos(t[i]), Math.sin(t[i])};
    }
    return new HyperplaneNet(n, beta, mu, c);
  }

  /** Width H. */
  public int width() {
    return n.length;
  }

  /** Input dimension d. */
  public int dim() {
    return n[0].length;
  }

  @Override
  public double[][] n() {
    return Checks.copy(n);
  }

  @Override
  public double[] beta() {
    return beta.clone();
  }

  @Override
  public double[] mu() {
    return mu.clone();
  }

  /** A copy of n<sub>i</sub>. */
  public double[] n(int i) {
    return n[i].clone();
  }

  /** &beta;<sub>i</sub>. */
  public double beta(int i) {
    return beta[i];
  }

  /** &mu;<sub>i</sub>. */
  public double mu(int i) {
    return mu[i];
  }

  /** Whether neuron i is a null neuron (n<sub>i</sub> = 0). */
  public boolean isNull(int i) {
    return Vectors.norm(n[i]) == 0;
  }

  /**
   * The signed distance n<sub>i</sub>&middot;x &minus; &beta;<sub>i</sub> of x from hyperplane i.
   */
  public double distance(int i, double[] x) {
    return Vectors.dot(n[i], x) - beta[i];
  }

  /** f(x) (§1). */
  public double value(double[] x) {
    Checks.checkPoint(x, dim());
    double f = c;
    for (int i = 0; i < n.length; i++) {
      double z = distance(i, x);
      if (z > 0) {
        f += mu[i] * z;
      }
    }
    return f;
  }

  /**
   * &nabla;f(x) = &Sigma;<sub>i active</sub> &mu;<sub>i</sub>n<sub>i</sub>, relu'(0) = 0 (§1,
   * §2.3).
   */
  public double[] gradient(double[] x) {
    Checks.checkPoint(x, dim());
    double[] g = new double[dim()];
    for (int i = 0; i < n.length; i++) {
      if (distance(i, x) > 0) {
        Vectors.axpy(mu[i], n[i], g);
      }
    }
    return g;
  }

  /**
   * For d = 2, the angles &theta;<sub>i</sub> = atan2(n<sub>i,2</sub>, n<sub>i,1</sub>) in
   * (&minus;&pi;, &pi;] (§1.1); 0 for a null neuron.
   */
  public double[] angles() {
    requireD2();
    double[] t = new double[n.length];
    for (int i = 0; i < n.length; i++) {
      t[i] = Math.atan2(n[i][1], n[i][0]);
    }
    return t;
  }

  /**
   * For d = 2, the flat vector &theta;<sub>1..H</sub>, &beta;<sub>1..H</sub>, &mu;<sub>1..H</sub>,
   * c (the hyperplane parameter order of §2.1); length 3H + 1.
   */
  public double[] toAngleVector() {
    int h = n.length;
    double[] p = new double[3 * h + 1];
    System.arraycopy(angles(), 0, p, 0, h);
    System.arraycopy(beta, 0, p, h, h);
    System.arraycopy(mu, 0, p, 2 * h, h);
    p[3 * h] = c;
    return p;
  }

  /** Inverse of {@link #toAngleVector()} (d = 2). */
  public static HyperplaneNet fromAngleVector(double[] p) {
    if (p.length < 4 || (p.length - 1) % 3 != 0) {
      throw new InputException("an angle parameter vector has length 3H+1 with H >= 1, got "
          + p.length);
    }
    int h = (p.length - 1) / 3;
    return fromAngles(Arrays.copyOfRange(p, 0, h), Arrays.copyOfRange(p, h, 2 * h),
        Arrays.copyOfRange(p, 2 * h, 3 * h), p[3 * h]);
  }

  /** The representative with ‖w<sub>i</sub>‖ = 1 for every neuron (§1.5). */
  public ShallowNet toNetwork() {
    double[] ones = new double[n.length];
    Arrays.fill(ones, 1.0);
    return toNetwork(ones);
  }

  /**
   * The representative with the given ‖w<sub>i</sub>‖ &gt; 0 (§1.5): w<sub>i</sub> =
   * ‖w<sub>i</sub>‖n<sub>i</sub>, b<sub>i</sub> = &minus;‖w<sub>i</sub>‖&beta;<sub>i</sub>,
   * v<sub>i</sub> = &mu;<sub>i</sub>/‖w<sub>i</sub>‖. Null neurons become w = 0, b = 0, v = 0.
   */
  public ShallowNet toNetwork(double[] normW) {
    Checks.sameLength("normW", normW, "n", n.length);
    int h = n.length;
    double[][] w = new double[h][];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      w[i] = n[i].clone();
      if (isNull(i)) {
        continue;
      }
      double a = normW[i];
      if (!(a > 0) || !Double.isFinite(a)) {
        throw new InputException("normW[" + i + "] must be positive and finite, got " + a);
      }
      Vectors.scale(a, w[i]);
      b[i] = -a * beta[i];
      v[i] = mu[i] / a;
    }
    return new ShallowNet(w, b, v, c);
  }

  /**
   * The representative with balance &delta;<sub>i</sub> = ‖w<sub>i</sub>‖<sup>2</sup> +
   * b<sub>i</sub><sup>2</sup> &minus; v<sub>i</sub><sup>2</sup> (§1.5): with q = 1 +
   * &beta;<sub>i</sub><sup>2</sup>, ‖w<sub>i</sub>‖<sup>2</sup> is the positive root of
   * q s<sup>2</sup> &minus; &delta; s &minus; &mu;<sup>2</sup> = 0.
   *
   * @throws InputException if a neuron would get ‖w‖ = 0 (&mu; = 0 and &delta; &le; 0)
   */
  public ShallowNet toNetworkWithBalance(double[] delta) {
    double[] d = Checks.finiteCopy("delta", delta);
    Checks.sameLength("delta", d, "n", n.length);
    double[] normW = new double[n.length];
    for (int i = 0; i < n.length; i++) {
      if (isNull(i)) {
        normW[i] = 1.0;
        continue;
      }
      double q = 1.0 + beta[i] * beta[i];
      double root = Math.sqrt(d[i] * d[i] + 4.0 * q * mu[i] * mu[i]);
      // the two algebraically equal forms, each free of cancellation on its side of delta = 0
      double s = d[i] >= 0 ? (d[i] + root) / (2.0 * q) : 2.0 * mu[i] * mu[i] / (root - d[i]);
      if (!(s > 0)) {
        throw new InputException("delta[" + i + "] = " + d[i] + " with mu = " + mu[i]
            + " leaves no representative with w != 0");
      }
      normW[i] = Math.sqrt(s);
    }
    return toNetwork(normW);
  }

  /** The network with neurons reordered: neuron k of the result is neuron perm[k] of this. */
  public HyperplaneNet permute(int[] perm) {
    Checks.checkPermutation(perm, n.length);
    int h = n.length;
    double[][] n2 = new double[h][];
    double[] b2 = new double[h];
    double[] m2 = new double[h];
    for (int k = 0; k < h; k++) {
      n2[k] = n[perm[k]];
      b2[k] = beta[perm[k]];
      m2[k] = mu[perm[k]];
    }
    return new HyperplaneNet(n2, b2, m2, c);
  }

  private void requireD2() {
    if (dim() != 2) {
      throw new InputException("the angle form needs d = 2, got d = " + dim());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HyperplaneNet p
        && Arrays.deepEquals(n, p.n)
        && Arrays.equals(beta, p.beta)
        && Arrays.equals(mu, p.mu)
        && Double.compare(c, p.c) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * Arrays.deepHashCode(n) + Arrays.hashCode(beta)) + Arrays.hashCode(mu))
        + Double.hashCode(c);
  }

  @Override
  public String toString() {
    return "HyperplaneNet[n=" + Arrays.deepToString(n) + ", beta=" + Arrays.toString(beta)
        + ", mu=" + Arrays.toString(mu) + ", c=" + c + "]";
  }
}
