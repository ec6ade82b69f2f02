package org.knotwork.isometry.manifold;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.knotwork.common.linalg.SymmetricEigen;

/**
 * The Stiefel manifold St(n, p) = {W : W<sup>T</sup>W = I<sub>p</sub>}, n &ge; p (docs/isometry.md
 * (I19)-(I21)): tangent projection &xi; = G &minus; W sym(W<sup>T</sup>G) and one of three retractions.
 */
public final class Stiefel implements Manifold {
  /** The retractions (I20)-(I21). */
  public enum Retraction {
    /** qf(W + &xi;) with diag R &gt; 0. */
    QR,
    /** (W + &xi;)(I + &xi;<sup>T</sup>&xi;)<sup>&minus;1/2</sup>, the closest point in Frobenius norm. */
    POLAR,
    /** The Cayley transform (I &minus; A/2)<sup>&minus;1</sup>(I + A/2)W, A = P&xi;W<sup>T</sup> &minus; W(P&xi;)<sup>T</sup>. */
    CAYLEY
  }

  private final int rows;
  private final int cols;
  private final Retraction retraction;

  /** St(rows, cols) with a retraction. */
  public Stiefel(int rows, int cols, Retraction retraction) {
    if (cols < 1 || rows < cols) {
      throw new IllegalArgumentException("Stiefel needs rows >= cols >= 1, got " + rows + " x " + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.retraction = retraction;
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int cols() {
    return cols;
  }

  /** The retraction used. */
  public Retraction retraction() {
    return retraction;
  }

  /** &xi; = G &minus; W sym(W<sup>T</sup>G) (I19). */
  @Override
  public double[] project(double[] w, double[] g) {
    DMatrixRMaj wm = DMatrixRMaj.wrap(rows, cols, w);
    DMatrixRMaj gm = DMatrixRMaj.wrap(rows, cols, g);
    DMatrixRMaj s = Matrices.sym(Matrices.transA(wm, gm));
    DMatrixRMaj ws = Matrices.mult(wm, s);
    double[] out = g.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] -= ws.data[i];
    }
    return out;
  }

  @Override
  public double[] retract(double[] w, double[] xi) {
    return switch (retraction) {
      case QR -> qr(w, xi);
      case POLAR -> polar(w, xi);
      default -> cayley(w, xi);
    };
  }

  private double[] qr(double[] w, double[] xi) {
    DMatrixRMaj a = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < a.data.length; i++) {
      a.data[i] = w[i] + xi[i];
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, cols);
    if (!qr.decompose(a)) {
      throw new ArithmeticException("QR retraction failed");
    }
    DMatrixRMaj q = qr.getQ(null, true);
    DMatrixRMaj r = qr.getR(null, true);
    double[] out = new double[rows * cols];
    for (int j = 0; j < cols; j++) {
      double s = r.unsafe_get(j, j) < 0 ? -1 : 1;
      for (int i = 0; i < rows; i++) {
        out[i * cols + j] = s * q.unsafe_get(i, j);
      }
    }
    return out;
  }

  private double[] polar(double[] w, double[] xi) {
    DMatrixRMaj x = DMatrixRMaj.wrap(rows, cols, xi);
    DMatrixRMaj m = Matrices.transA(x, x);
    double[][] s = new double[cols][cols];
    for (int i = 0; i < cols; i++) {
      for (int j = 0; j < cols; j++) {
        s[i][j] = 0.5 * (m.unsafe_get(i, j) + m.unsafe_get(j, i)) + (i == j ? 1 : 0);
      }
    }
    SymmetricEigen e = SymmetricEigen.full(s);
    DMatrixRMaj inv = new DMatrixRMaj(cols, cols);
    for (int k = 0; k < cols; k++) {
      double f = 1 / Math.sqrt(e.eigenvalues()[k]);
      double[] v = e.eigenvectors()[k];
      for (int i = 0; i < cols; i++) {
        for (int j = 0; j < cols; j++) {
          inv.data[i * cols + j] += f * v[i] * v[j];
        }
      }
    }
    DMatrixRMaj a = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < a.data.length; i++) {
      a.data[i] = w[i] + xi[i];
    }
    return Matrices.mult(a, inv).data;
  }

  private double[] cayley(double[] w, double[] xi) {
    DMatrixRMaj wm = DMatrixRMaj.wrap(rows, cols, w);
    // P xi = xi - W (W^T xi) / 2
    DMatrixRMaj wtx = Matrices.transA(wm, DMatrixRMaj.wrap(rows, cols, xi));
    DMatrixRMaj half = Matrices.mult(wm, wtx);
    DMatrixRMaj px = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < px.data.length; i++) {
      px.data[i] = xi[i] - 0.5 * half.data[i];
    }
    DMatrixRMaj a = new DMatrixRMaj(rows, rows);
    CommonOps_DDRM.multTransB(px, wm, a);
    DMatrixRMaj b = new DMatrixRMaj(rows, rows);
    CommonOps_DDRM.multTransB(wm, px, b);
    CommonOps_DDRM.subtractEquals(a, b);
    DMatrixRMaj left = CommonOps_DDRM.identity(rows);
    DMatrixRMaj right = CommonOps_DDRM.identity(rows);
    for (int i = 0; i < a.data.length; i++) {
      left.data[i] -= 0.5 * a.data[i];
      right.data[i] += 0.5 * a.data[i];
    }
    DMatrixRMaj rhs = Matrices.mult(right, wm);
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(rows);
    if (!solver.setA(left)) {
      throw new ArithmeticException("Cayley retraction: singular system");
    }
    DMatrixRMaj out = new DMatrixRMaj(rows, cols);
    solver.solve(rhs, out);
    return out.data;
  }
}
