package org.knotwork.common.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigen-decomposition of a dense symmetric matrix (EJML's symmetric QR algorithm), eigenvalues
 * ascending.
 *
 * @param eigenvalues ascending
 * @param eigenvectors eigenvectors[k] is the unit eigenvector of eigenvalues[k], or null if not
 *     requested
 * @param residual max<sub>k</sub>&Vert;Av<sub>k</sub> &minus; &lambda;<sub>k</sub>v<sub>k</sub>&Vert;<sub>2</sub>,
 *     or NaN if it was not computed (no vectors, or {@link #fullUnchecked})
 */
public record SymmetricEigen(double[] eigenvalues, double[][] eigenvectors, double residual) {

  /** Eigenvalues only. */
  public static SymmetricEigen values(double[][] a) {
    return decompose(a, false, false);
  }

  /** Eigenvalues and eigenvectors, with the residual. */
  public static SymmetricEigen full(double[][] a) {
    return decompose(a, true, true);
  }

  /**
   * Eigenvalues and eigenvectors without the residual check (residual NaN): the same decomposition
   * as {@link #full}, bit for bit, minus the product A&middot;V that the residual needs, which costs
   * as much as the decomposition itself for n in the thousands.
   */
  public static SymmetricEigen fullUnchecked(double[][] a) {
    return decompose(a, true, false);
  }

  /** Inertia at the default scale-aware tolerance ({@link Inertia#defaultTolerance}). */
  public Inertia inertia() {
    return Inertia.of(eigenvalues, Inertia.defaultTolerance(eigenvalues));
  }

  private static SymmetricEigen decompose(double[][] a, boolean vectors, boolean residual) {
    int n = a.length;
    if (n == 0) {
      return new SymmetricEigen(new double[0], vectors ? new double[0][] : null,
          vectors ? 0 : Double.NaN);
    }
    DMatrixRMaj m = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("matrix must be square, row " + i + " has "
            + a[i].length + " entries, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        double x = a[i][j];
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException("matrix entry (" + i + "," + j + ") is " + x);
        }
        if (x != a[j][i]) {
          throw new IllegalArgumentException("matrix is not symmetric at (" + i + "," + j + ")");
        }
        m.unsafe_set(i, j, x);
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, true);
    if (!eig.decompose(m)) {
      throw new ArithmeticException("symmetric eigen-decomposition did not converge");
    }
    Integer[] order = new Integer[n];
    double[] lam = new double[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
      lam[k] = eig.getEigenvalue(k).getReal();
    }
    java.util.Arrays.sort(order, (i, j) -> Double.compare(lam[i], lam[j]));
    double[] sorted = new double[n];
    double[][] vecs = vectors ? new double[n][] : null;
    for (int k = 0; k < n; k++) {
      sorted[k] = lam[order[k]];
      if (vectors) {
        DMatrixRMaj v = eig.getEigenVector(order[k]);
        vecs[k] = v.getData().clone();
      }
    }
    double res = Double.NaN;
    if (vectors && residual) {
      DMatrixRMaj vm = new DMatrixRMaj(n, n);
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < n; i++) {
          vm.unsafe_set(i, k, vecs[k][i]);
        }
      }
      DMatrixRMaj av = new DMatrixRMaj(n, n);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m.unsafe_set(i, j, a[i][j]);
        }
      }
      CommonOps_DDRM.mult(m, vm, av);
      double[] ss = new double[n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          double d = av.unsafe_get(i, k) - sorted[k] * vm.unsafe_get(i, k);
          ss[k] += d * d;
        }
      }
      res = 0;
      for (int k = 0; k < n; k++) {
        res = Math.max(res, Math.sqrt(ss[k]));
      }
    }
    return new SymmetricEigen(sorted, vecs, res);
  }
}
