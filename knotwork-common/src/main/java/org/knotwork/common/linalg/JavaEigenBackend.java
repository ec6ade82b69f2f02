package org.knotwork.common.linalg;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The pure-Java eigen backend: EJML's symmetric QR algorithm (Householder tridiagonalisation, then
 * implicit QR), one thread, always available; the fallback when no native backend loads. Its
 * inertia counts eigenvalues (it has no symmetric indefinite factorisation), so it always agrees
 * with {@link Inertia#of}.
 */
public final class JavaEigenBackend implements EigenBackend {
  /** The one instance. */
  public static final JavaEigenBackend INSTANCE = new JavaEigenBackend();

  private JavaEigenBackend() {
  }

  @Override
  public String name() {
    return "java";
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public Eigenpairs solve(double[] a, int n, boolean vectors) {
    DMatrixRMaj m = DMatrixRMaj.wrap(n, n, a.clone());
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
    Arrays.sort(order, (i, j) -> Double.compare(lam[i], lam[j]));
    double[] sorted = new double[n];
    double[] vecs = vectors ? new double[n * n] : null;
    for (int k = 0; k < n; k++) {
      sorted[k] = lam[order[k]];
      if (vectors) {
        System.arraycopy(eig.getEigenVector(order[k]).getData(), 0, vecs, k * n, n);
      }
    }
    return new Eigenpairs(sorted, vecs);
  }

  @Override
  public Eigenpairs solveRange(double[] a, int n, int first, int last, boolean vectors) {
    Eigenpairs all = solve(a, n, vectors);
    double[] values = Arrays.copyOfRange(all.values(), first, last + 1);
    double[] vecs = vectors ? Arrays.copyOfRange(all.vectors(), first * n, (last + 1) * n) : null;
    return new Eigenpairs(values, vecs);
  }

  @Override
  public int[] shiftedInertia(double[] a, int n, double shift) {
    int pos = 0;
    int zero = 0;
    int neg = 0;
    for (double l : solve(a, n, false).values()) {
      if (l > shift) {
        pos++;
      } else if (l < shift) {
        neg++;
      } else {
        zero++;
      }
    }
    return new int[] {pos, zero, neg};
  }

  @Override
  public double[] multiply(double[] a, int n, double[] v, int m) {
    // V is m vectors of length n stored contiguously: as a row-major m x n matrix it is V^T
    DMatrixRMaj am = DMatrixRMaj.wrap(n, n, a);
    DMatrixRMaj vt = DMatrixRMaj.wrap(m, n, v);
    DMatrixRMaj out = new DMatrixRMaj(m, n);
    // (A V)^T = V^T A^T = V^T A (A symmetric)
    CommonOps_DDRM.mult(vt, am, out);
    return out.getData();
  }

  /** {@link EigenBackend#product} by EJML, with the shapes checked. */
  static double[] javaProduct(boolean transA, boolean transB, int m, int n, int k, double[] a,
      double[] b) {
    checkProduct(m, n, k, a, b);
    DMatrixRMaj am = transA ? DMatrixRMaj.wrap(k, m, a) : DMatrixRMaj.wrap(m, k, a);
    DMatrixRMaj bm = transB ? DMatrixRMaj.wrap(n, k, b) : DMatrixRMaj.wrap(k, n, b);
    DMatrixRMaj out = new DMatrixRMaj(m, n);
    if (m == 0 || n == 0) {
      return out.getData();
    }
    if (k == 0) {
      return new double[m * n];
    }
    if (transA && transB) {
      CommonOps_DDRM.multTransAB(am, bm, out);
    } else if (transA) {
      CommonOps_DDRM.multTransA(am, bm, out);
    } else if (transB) {
      CommonOps_DDRM.multTransB(am, bm, out);
    } else {
      CommonOps_DDRM.mult(am, bm, out);
    }
    return out.getData();
  }

  /** Checks the shapes of {@link EigenBackend#product}'s arguments. */
  static void checkProduct(int m, int n, int k, double[] a, double[] b) {
    if (m < 0 || n < 0 || k < 0 || a.length != (long) m * k || b.length != (long) k * n) {
      throw new IllegalArgumentException("product of an m x k and a k x n matrix: m = " + m
          + ", n = " + n + ", k = " + k + " but got " + a.length + " and " + b.length
          + " numbers");
    }
  }
}
