package org.knotwork.isometry.manifold;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Small dense helpers on row-major arrays, through EJML. */
final class Matrices {
  private Matrices() {}

  static DMatrixRMaj wrap(int rows, int cols, double[] data) {
    return DMatrixRMaj.wrap(rows, cols, data.clone());
  }

  /** A<sup>T</sup>B. */
  static DMatrixRMaj transA(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj c = new DMatrixRMaj(a.numCols, b.numCols);
    CommonOps_DDRM.multTransA(a, b, c);
    return c;
  }

  /** AB. */
  static DMatrixRMaj mult(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj c = new DMatrixRMaj(a.numRows, b.numCols);
    CommonOps_DDRM.mult(a, b, c);
    return c;
  }

  /** (A + A<sup>T</sup>)/2. */
  static DMatrixRMaj sym(DMatrixRMaj a) {
    DMatrixRMaj s = new DMatrixRMaj(a.numRows, a.numCols);
    for (int i = 0; i < a.numRows; i++) {
      for (int j = 0; j < a.numCols; j++) {
        s.unsafe_set(i, j, 0.5 * (a.unsafe_get(i, j) + a.unsafe_get(j, i)));
      }
    }
    return s;
  }
}
