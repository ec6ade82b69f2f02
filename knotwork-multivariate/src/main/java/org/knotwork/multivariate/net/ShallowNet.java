package org.knotwork.multivariate.net;

import java.util.Arrays;
import org.knotwork.common.io.InputException;
import org.knotwork.common.math.Vectors;

/**
 * A shallow ReLU network on R<sup>d</sup> in network coordinates (docs/multivariate-deep.md §1):
 * f(x) = c + &Sigma;<sub>i</sub> v<sub>i</sub>&middot;relu(w<sub>i</sub>&middot;x + b<sub>i</sub>).
 *
 * <p>Immutable: arrays are copied in and out. At least one neuron, every row of {@code w} of the
 * same length d &ge; 1, every entry finite. relu'(0) = 0: a point exactly on a neuron's hyperplane
 * counts that neuron as inactive (§2.3).
 *
 * @param w first-layer weights, H rows of d entries
 * @param b first-layer biases (length H)
 * @param v second-layer weights (length H)
 * @param c output bias
 */
public record ShallowNet(double[][] w, double[] b, double[] v, double c) {

  /** Validates (consistent shapes, finite entries) and copies. */
  public ShallowNet {
    w = Checks.finiteMatrix("w", w);
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

  /** Input dimension d. */
  public int dim() {
    return w[0].length;
  }

  @Override
  public double[][] w() {
    return Checks.copy(w);
  }

  @Override
  public double[] b() {
    return b.clone();
  }

  @Override
  public double[] v() {
    return v.clone();
  }

  /** A copy of w<sub>i</sub>. */
  public double[] w(int i) {
    return w[i].clone();
  }

  /** b<sub>i</sub>. */
  public double b(int i) {
    return b[i];
  }

  /** v<sub>i</sub>. */
  public double v(int i) {
    return v[i];
  }

  /** The pre-activation w<sub>i</sub>&middot;x + b<sub>i</sub> of neuron i. */
  public double preActivation(int i, double[] x) {
    return Vectors.dot(w[i], x) + b[i];
  }

  /** f(x) (§1). */
  public double value(double[] x) {
    Checks.checkPoint(x, dim());
    double f = c;
    for (int i = 0; i < w.length; i++) {
      double z = preActivation(i, x);
      if (z > 0) {
        f += v[i] * z;
      }
    }
    return f;
  }

  /**
   * &nabla;f(x) = &Sigma;<sub>i active</sub> v<sub>i</sub>w<sub>i</sub> with relu'(0) = 0 (§1,
   * §2.3): on a hyperplane it is the gradient on the neuron's inactive side.
   */
  public double[] gradient(double[] x) {
    Checks.checkPoint(x, dim());
    double[] g = new double[dim()];
    for (int i = 0; i < w.length; i++) {
      if (preActivation(i, x) > 0) {
        Vectors.axpy(v[i], w[i], g);
      }
    }
    return g;
  }

  /**
   * Hyperplane coordinates (§1): n<sub>i</sub> = w<sub>i</sub>/‖w<sub>i</sub>‖, &beta;<sub>i</sub>
   * = &minus;b<sub>i</sub>/‖w<sub>i</sub>‖, &mu;<sub>i</sub> = v<sub>i</sub>‖w<sub>i</sub>‖. A
   * neuron with w<sub>i</sub> = 0 is the constant v<sub>i</sub>&middot;relu(b<sub>i</sub>): it is
   * added to c and the neuron becomes a null neuron (n = 0, &beta; = 0, &mu; = 0), so indices are
   * kept.
   */
  public HyperplaneNet toHyperplane() {
    int h = w.length;
    double[][] n = new double[h][];
    double[] beta = new double[h];
    double[] mu = new double[h];
    double offset = c;
    for (int i = 0; i < h; i++) {
      double norm = Vectors.norm(w[i]);
      if (norm == 0) {
        n[i] = new double[dim()];
        offset += v[i] * Math.max(0.0, b[i]);
      } else {
        n[i] = new double[dim()];
        for (int k = 0; k < n[i].length; k++) {
          n[i][k] = w[i][k] / norm; // divided, not scaled by 1/norm: exact for d = 1
        }
        beta[i] = -b[i] / norm;
        mu[i] = v[i] * norm;
      }
    }
    return new HyperplaneNet(n, beta, mu, offset);
  }

  /**
   * The per-neuron balance &delta;<sub>i</sub> = ‖w<sub>i</sub>‖<sup>2</sup> +
   * b<sub>i</sub><sup>2</sup> &minus; v<sub>i</sub><sup>2</sup>, conserved by gradient flow in
   * network coordinates (§1.4).
   */
  public double[] balance() {
    double[] d = new double[w.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = Vectors.dot(w[i], w[i]) + b[i] * b[i] - v[i] * v[i];
    }
    return d;
  }

  /**
   * The rescaled network (a<sub>i</sub>w<sub>i</sub>, a<sub>i</sub>b<sub>i</sub>,
   * v<sub>i</sub>/a<sub>i</sub>), the same function for every a<sub>i</sub> &gt; 0 (§1.4).
   */
  public ShallowNet rescale(double[] a) {
    Checks.sameLength("a", a, "w", w.length);
    double[][] w2 = w();
    double[] b2 = new double[w.length];
    double[] v2 = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (!(a[i] > 0) || !Double.isFinite(a[i])) {
        throw new InputException("a[" + i + "] must be positive and finite, got " + a[i]);
      }
      Vectors.scale(a[i], w2[i]);
      b2[i] = a[i] * b[i];
      v2[i] = v[i] / a[i];
    }
    return new ShallowNet(w2, b2, v2, c);
  }

  /** The network with neurons reordered: neuron k of the result is neuron perm[k] of this. */
  public ShallowNet permute(int[] perm) {
    Checks.checkPermutation(perm, w.length);
    int h = w.length;
    double[][] w2 = new double[h][];
    double[] b2 = new double[h];
    double[] v2 = new double[h];
    for (int k = 0; k < h; k++) {
      w2[k] = w[perm[k]];
      b2[k] = b[perm[k]];
      v2[k] = v[perm[k]];
    }
    return new ShallowNet(w2, b2, v2, c);
  }

  /**
   * The flat parameter vector in the order of §2.1: w<sub>1</sub> (d entries), &hellip;,
   * w<sub>H</sub>, then b<sub>1..H</sub>, v<sub>1..H</sub>, c; length H(d + 2) + 1.
   */
  public double[] toVector() {
    int h = w.length;
    int d = dim();
    double[] theta = new double[h * (d + 2) + 1];
    for (int i = 0; i < h; i++) {
      System.arraycopy(w[i], 0, theta, i * d, d);
    }
    System.arraycopy(b, 0, theta, h * d, h);
    System.arraycopy(v, 0, theta, h * (d + 1), h);
    theta[h * (d + 2)] = c;
    return theta;
  }

  /** Inverse of {@link #toVector()} for input dimension d. */
  public static ShallowNet fromVector(double[] theta, int d) {
    if (d < 1 || theta.length < d + 3 || (theta.length - 1) % (d + 2) != 0) {
      throw new InputException("a network parameter vector in d = " + d
          + " has length H(d+2)+1 with H >= 1, got " + theta.length);
    }
    int h = (theta.length - 1) / (d + 2);
    double[][] w = new double[h][];
    for (int i = 0; i < h; i++) {
      w[i] = Arrays.copyOfRange(theta, i * d, (i + 1) * d);
    }
    return new ShallowNet(w,
        Arrays.copyOfRange(theta, h * d, h * (d + 1)),
        Arrays.copyOfRange(theta, h * (d + 1), h * (d + 2)),
        theta[h * (d + 2)]);
  }

  /**
   * For d = 2: the Jacobian of the map (w, b, v, c) &rarr; (&theta;, &beta;, &mu;, c) (§2.4), rows
   * in the order of {@link HyperplaneNet#toAngleVector()} and columns in the order of {@link
   * #toVector()}: &part;&theta;<sub>i</sub>/&part;w<sub>i</sub> =
   * n<sub>i</sub><sup>&perp;</sup>/‖w<sub>i</sub>‖, &part;&beta;<sub>i</sub>/&part;w<sub>i</sub> =
   * &minus;&beta;<sub>i</sub>n<sub>i</sub>/‖w<sub>i</sub>‖,
   * &part;&beta;<sub>i</sub>/&part;b<sub>i</sub> = &minus;1/‖w<sub>i</sub>‖,
   * &part;&mu;<sub>i</sub>/&part;w<sub>i</sub> = v<sub>i</sub>n<sub>i</sub>,
   * &part;&mu;<sub>i</sub>/&part;v<sub>i</sub> = ‖w<sub>i</sub>‖, &part;c/&part;c = 1.
   *
   * @throws InputException if d &ne; 2 or some w<sub>i</sub> = 0 (the angle is undefined there)
   */
  public double[][] angleJacobian() {
    if (dim() != 2) {
      throw new InputException("the angle Jacobian needs d = 2, got d = " + dim());
    }
    int h = w.length;
    double[][] j = new double[3 * h + 1][4 * h + 1];
    for (int i = 0; i < h; i++) {
      double norm = Vectors.norm(w[i]);
      if (norm == 0) {
        throw new InputException("w[" + i + "] = 0 has no angle");
      }
      double n1 = w[i][0] / norm;
      double n2 = w[i][1] / norm;
      double beta = -b[i] / norm;
      j[i][2 * i] = -n2 / norm;
      j[i][2 * i + 1] = n1 / norm;
      j[h + i][2 * i] = -beta * n1 / norm;
      j[h + i][2 * i + 1] = -beta * n2 / norm;
      j[h + i][2 * h + i] = -1.0 / norm;
      j[2 * h + i][2 * i] = v[i] * n1;
      j[2 * h + i][2 * i + 1] = v[i] * n2;
      j[2 * h + i][3 * h + i] = norm;
    }
    j[3 * h][4 * h] = 1.0;
    return j;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShallowNet p
        && Arrays.deepEquals(w, p.w)
        && Arrays.equals(b, p.b)
        && Arrays.equals(v, p.v)
        && Double.compare(c, p.c) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * Arrays.deepHashCode(w) + Arrays.hashCode(b)) + Arrays.hashCode(v))
        + Double.hashCode(c);
  }

  @Override
  public String toString() {
    return "ShallowNet[w=" + Arrays.deepToString(w) + ", b=" + Arrays.toString(b)
        + ", v=" + Arrays.toString(v) + ", c=" + c + "]";
  }
}
