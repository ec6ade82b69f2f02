package org.knotwork.isometry.net;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.knotwork.common.random.Rng;

/**
 * Haar-distributed orthogonal matrices by the sign-fixed QR of a Gaussian matrix (docs/isometry.md
 * (I7)): G = QR with G's entries standard normal, then Q&middot;diag(sign diag R). Without the sign
 * fix a Householder QR biases Q's distribution.
 */
public final class Haar {
  private Haar() {}

  /**
   * A Haar-random {@code rows} &times; {@code cols} matrix with orthonormal columns (rows &ge; cols)
   * or orthonormal rows (rows &lt; cols), row-major.
   */
  public static double[] sample(int rows, int cols, Rng rng) {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("dimensions must be >= 1, got " + rows + " x " + cols);
    }
    boolean tall = rows >= cols;
    int m = tall ? rows : cols;
    int n = tall ? cols : rows;
    DMatrixRMaj g = new DMatrixRMaj(m, n);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        g.unsafe_set(i, j, rng.gaussian());
      }
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
    if (!qr.decompose(g.copy())) {
      throw new ArithmeticException("QR decomposition failed");
    }
    DMatrixRMaj q = qr.getQ(null, true);
    DMatrixRMaj r = qr.getR(null, true);
    double[] out = new double[rows * cols];
    for (int j = 0; j < n; j++) {
      double s = r.unsafe_get(j, j) < 0 ? -1 : 1;
      for (int i = 0; i < m; i++) {
        double v = s * q.unsafe_get(i, j);
        if (tall) {
          out[i * cols + j] = v;
        } else {
          out[j * cols + i] = v;
        }
      }
    }
    return out;
  }
}
