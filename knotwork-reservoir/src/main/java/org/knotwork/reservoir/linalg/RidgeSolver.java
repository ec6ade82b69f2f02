package org.knotwork.reservoir.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The ridge solve of the notes &sect;3.3: W = Y R&#771;<sup>T</sup>(R&#771; R&#771;<sup>T</sup> +
 * &beta;I)<sup>&minus;1</sup>, computed from G = R&#771; R&#771;<sup>T</sup> and C = R&#771;
 * Y<sup>T</sup> as the solution X of (G + &beta;I) X = C, W = X<sup>T</sup>, by Cholesky (EJML).
 */
public final class RidgeSolver {
  private RidgeSolver() {}

  /**
   * Solves with a copy of {@code gram}.
   *
   * @param gram full symmetric P &times; P, row-major
   * @param cross P &times; K, row-major
   * @param beta ridge &beta; &ge; 0
   */
  public static RidgeSolution solve(double[] gram, int p, double[] cross, int k, double beta,
      long samples) {
    if (gram == null || gram.length != (long) p * p) {
      throw new IllegalArgumentException("gram must have p * p = " + ((long) p * p) + " entries");
    }
    return solveInPlace(gram.clone(), p, cross, k, beta, samples);
  }

  /** As {@link #solve}, overwriting {@code gram} (which must be full symmetric). */
  static RidgeSolution solveInPlace(double[] gram, int p, double[] cross, int k, double beta,
      long samples) {
    if (!(beta >= 0) || !Double.isFinite(beta)) {
      throw new IllegalArgumentException("beta (ridge) must be finite and >= 0, got " + beta);
    }
    if (cross == null || cross.length != (long) p * k) {
      throw new IllegalArgumentException("cross must have p * k = " + ((long) p * k) + " entries");
    }
    for (int i = 0; i < p; i++) {
      gram[i * p + i] += beta;
    }
    DMatrixRMaj a = DMatrixRMaj.wrap(p, p, gram);
    DMatrixRMaj b = new DMatrixRMaj(p, k, true, cross);
    DMatrixRMaj x = new DMatrixRMaj(p, k);
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(p);
    DMatrixRMaj backup = chol.modifiesA() ? a.copy() : null;
    String solver;
    if (chol.setA(a) && solveChecked(chol, b, x)) {
      solver = "cholesky";
    } else {
      LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(p);
      DMatrixRMaj src = backup != null ? backup : a;
      if (!lu.setA(src) || !solveChecked(lu, b, x)) {
        throw new IllegalStateException("ridge system is singular; increase beta (ridge), got "
            + beta);
      }
      solver = "lu";
    }
    double[] w = new double[k * p];
    for (int i = 0; i < p; i++) {
      for (int m = 0; m < k; m++) {
        w[m * p + i] = x.get(i, m);
      }
    }
    return new RidgeSolution(w, k, p, samples, beta, solver);
  }

  private static boolean solveChecked(LinearSolverDense<DMatrixRMaj> s, DMatrixRMaj b, DMatrixRMaj x) {
    s.solve(s.modifiesB() ? b.copy() : b, x);
    for (int q = 0; q < x.data.length && q < x.getNumElements(); q++) {
      if (!Double.isFinite(x.data[q])) {
        return false;
      }
    }
    return true;
  }
}
