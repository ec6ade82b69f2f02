package org.knotwork.isometry.manifold;

/**
 * The oblique manifold of n &times; p matrices with unit-norm columns (docs/isometry.md (I22)): per
 * column, the projection g &minus; w(w<sup>T</sup>g) and the retraction (w + &xi;)/&Vert;w + &xi;&Vert;.
 */
public final class Oblique implements Manifold {
  private final int rows;
  private final int cols;

  /** The oblique manifold of rows &times; cols matrices. */
  public Oblique(int rows, int cols) {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("dimensions must be >= 1, got " + rows + " x " + cols);
    }
    this.rows = rows;
    this.cols = cols;
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int cols() {
    return cols;
  }

  @Override
  public double[] project(double[] w, double[] g) {
    double[] out = g.clone();
    for (int j = 0; j < cols; j++) {
      double d = 0;
      for (int i = 0; i < rows; i++) {
        d += w[i * cols + j] * g[i * cols + j];
      }
      for (int i = 0; i < rows; i++) {
        out[i * cols + j] -= d * w[i * cols + j];
      }
    }
    return out;
  }

  @Override
  public double[] retract(double[] w, double[] xi) {
    double[] out = new double[w.length];
    for (int j = 0; j < cols; j++) {
      double s = 0;
      for (int i = 0; i < rows; i++) {
        double v = w[i * cols + j] + xi[i * cols + j];
        out[i * cols + j] = v;
        s += v * v;
      }
      double n = Math.sqrt(s);
      for (int i = 0; i < rows; i++) {
        out[i * cols + j] /= n;
      }
    }
    return out;
  }

  /**
   * The soft non-orthogonality penalty &rho;&Vert;W<sup>T</sup>W &minus; I&Vert;<sub>F</sub><sup>2</sup>
   * and its Euclidean gradient 4&rho;W(W<sup>T</sup>W &minus; I), written into {@code gradient} (added).
   */
  public double penalty(double[] w, double rho, double[] gradient) {
    double[][] m = new double[cols][cols];
    for (int a = 0; a < cols; a++) {
      for (int b = 0; b < cols; b++) {
        double s = 0;
        for (int i = 0; i < rows; i++) {
          s += w[i * cols + a] * w[i * cols + b];
        }
        m[a][b] = s - (a == b ? 1 : 0);
      }
    }
    double f = 0;
    for (double[] row : m) {
      for (double v : row) {
        f += v * v;
      }
    }
    if (gradient != null) {
      for (int i = 0; i < rows; i++) {
        for (int b = 0; b < cols; b++) {
          double s = 0;
          for (int a = 0; a < cols; a++) {
            s += w[i * cols + a] * m[a][b];
          }
          gradient[i * cols + b] += 4 * rho * s;
        }
      }
    }
    return rho * f;
  }
}
