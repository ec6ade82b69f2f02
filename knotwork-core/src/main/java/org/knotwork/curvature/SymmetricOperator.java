package org.knotwork.curvature;

import org.knotwork.loss.HessianOperator;
import org.knotwork.loss.JacobianOperator;

/**
 * A symmetric linear map u &rarr; Au given only through products: the matrix-free interface that the
 * estimators ({@link Lanczos}, {@link SpectralDensity}, {@link HutchinsonTrace}) work on.
 */
public interface SymmetricOperator {

  /** Dimension n of the space A acts on. */
  int dimension();

  /** Writes A&middot;u into {@code out}; {@code out} must not alias {@code u}. */
  void apply(double[] u, double[] out);

  /** Returns A&middot;u. */
  default double[] apply(double[] u) {
    double[] out = new double[dimension()];
    apply(u, out);
    return out;
  }

  /** The exact loss Hessian (S17, S18) through the core's matrix-free product, O(N + H) each. */
  static SymmetricOperator of(HessianOperator hessian) {
    return new SymmetricOperator() {
      @Override
      public int dimension() {
        return hessian.dimension();
      }

      @Override
      public void apply(double[] u, double[] out) {
        hessian.apply(u, out);
      }
    };
  }

  /**
   * A dense symmetric matrix (checked for squareness and exact symmetry); O(n<sup>2</sup>) per product.
   */
  static SymmetricOperator dense(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("matrix must be square, row " + i + " has "
            + a[i].length + " entries, expected " + n);
      }
      m[i] = a[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (m[i][j] != m[j][i]) {
          throw new IllegalArgumentException("matrix is not symmetric at (" + i + "," + j + ")");
        }
      }
    }
    return new SymmetricOperator() {
      @Override
      public int dimension() {
        return n;
      }

      @Override
      public void apply(double[] u, double[] out) {
        checkLength(u, out, n);
        for (int i = 0; i < n; i++) {
          double s = 0;
          double[] row = m[i];
          for (int j = 0; j < n; j++) {
            s += row[j] * u[j];
          }
          out[i] = s;
        }
      }
    };
  }

  /**
   * The Gauss&ndash;Newton part w&middot;J<sup>T</sup>J of the Hessian (S17, S18 without the residual
   * term), O(N + H) per product.
   *
   * @param weight the loss weight w of {@link org.knotwork.loss.LossNormalization}
   */
  static SymmetricOperator gaussNewton(JacobianOperator jacobian, double weight) {
    return new SymmetricOperator() {
      @Override
      public int dimension() {
        return jacobian.dimension();
      }

      @Override
      public void apply(double[] u, double[] out) {
        checkLength(u, out, dimension());
        double[] g = jacobian.applyTranspose(jacobian.apply(u));
        for (int k = 0; k < g.length; k++) {
          out[k] = weight * g[k];
        }
      }
    };
  }

  /** The empirical tangent kernel J J<sup>T</sup> on the data (N&times;N), O(N + H) per product. */
  static SymmetricOperator tangentKernel(JacobianOperator jacobian) {
    return new SymmetricOperator() {
      @Override
      public int dimension() {
        return jacobian.size();
      }

      @Override
      public void apply(double[] z, double[] out) {
        checkLength(z, out, dimension());
        double[] k = jacobian.apply(jacobian.applyTranspose(z));
        System.arraycopy(k, 0, out, 0, k.length);
      }
    };
  }

  private static void checkLength(double[] u, double[] out, int n) {
    if (u.length != n || out.length != n) {
      throw new IllegalArgumentException("vectors must have length " + n + ", got " + u.length
          + " and " + out.length);
    }
  }
}
