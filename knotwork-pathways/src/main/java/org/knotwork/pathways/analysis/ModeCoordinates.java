package org.knotwork.pathways.analysis;

import org.knotwork.pathways.data.CorrelationSvd;

/**
 * Mode coordinates of a pathway map (notes &sect;2.1): K = U<sup>T</sup> &Omega; V with the full
 * singular bases of &Sigma;<sub>yx</sub>, an n<sub>out</sub> &times; n<sub>in</sub> matrix (15 &times; 8
 * for the hierarchical data). Its diagonal entries K<sub>&alpha;&alpha;</sub> =
 * u<sub>&alpha;</sub><sup>T</sup>&Omega;v<sub>&alpha;</sub> are the mode strengths the figures plot.
 * Inside degenerate blocks the individual entries depend on the arbitrary basis; use
 * {@link PathwayShares} there.
 */
public final class ModeCoordinates {
  private ModeCoordinates() {}

  /**
   * K = U<sup>T</sup> &Omega; V.
   *
   * @param omega n<sub>out</sub> &times; n<sub>in</sub> row-major pathway map
   * @return K as [row][col]
   */
  public static double[][] of(CorrelationSvd svd, double[] omega) {
    int m = svd.outputs();
    int n = svd.inputs();
    check(svd, omega);
    double[][] t = new double[m][n]; // Omega V
    for (int o = 0; o < m; o++) {
      for (int b = 0; b < n; b++) {
        double acc = 0;
        for (int i = 0; i < n; i++) {
          acc += omega[o * n + i] * svd.v(i, b);
        }
        t[o][b] = acc;
      }
    }
    double[][] k = new double[m][n];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < n; b++) {
        double acc = 0;
        for (int o = 0; o < m; o++) {
          acc += svd.u(o, a) * t[o][b];
        }
        k[a][b] = acc;
      }
    }
    return k;
  }

  /**
   * The mode strengths K<sub>&alpha;&alpha;</sub> = u<sub>&alpha;</sub><sup>T</sup>&Omega;v<sub>&alpha;</sub>
   * for the rank modes &alpha; = 0..r&minus;1.
   */
  public static double[] strengths(CorrelationSvd svd, double[] omega) {
    check(svd, omega);
    int m = svd.outputs();
    int n = svd.inputs();
    double[] out = new double[svd.rank()];
    for (int a = 0; a < out.length; a++) {
      double acc = 0;
      for (int o = 0; o < m; o++) {
        double uo = svd.u(o, a);
        double row = 0;
        for (int i = 0; i < n; i++) {
          row += omega[o * n + i] * svd.v(i, a);
        }
        acc += uo * row;
      }
      out[a] = acc;
    }
    return out;
  }

  private static void check(CorrelationSvd svd, double[] omega) {
    if (omega == null || omega.length != svd.outputs() * svd.inputs()) {
      throw new IllegalArgumentException("omega must have " + svd.outputs() + " x "
          + svd.inputs() + " entries, got " + (omega == null ? "none" : omega.length));
    }
  }
}
