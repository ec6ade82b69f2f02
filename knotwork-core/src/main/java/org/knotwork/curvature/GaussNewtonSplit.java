package org.knotwork.curvature;

import org.knotwork.common.math.Vectors;
import java.util.Arrays;
import org.knotwork.loss.ActiveSideMoments;
import org.knotwork.net.Coordinates;

/**
 * The split of the Hessian into its Gauss&ndash;Newton and residual parts, H = w&middot;J<sup>T</sup>J +
 * R (S17, S18), with the empirical tangent kernel K = J J<sup>T</sup>.
 *
 * <p>w&middot;J<sup>T</sup>J (P&times;P) and w&middot;K (N&times;N) have the same non-zero eigenvalues (those
 * of w&middot;J<sup>T</sup>J are the squared singular values of &radic;w&middot;J), at every point. R is
 * block diagonal by neuron: in network coordinates each 3&times;3 block has eigenvalues 0 and
 * &plusmn;w&radic;(S<sub>i</sub><sup>2</sup> + X<sub>i</sub><sup>2</sup>), in spline coordinates each
 * 2&times;2 block &plusmn;w|S<sub>i</sub>|. At an interpolating minimum (r = 0) R vanishes, so the
 * positive spectrum of H equals the spectrum of w&middot;K and the number of zero eigenvalues is
 * P &minus; rank J (S19, notes E5).
 *
 * @param gaussNewton the spectrum of w&middot;J<sup>T</sup>J
 * @param residual the spectrum of R
 * @param hessian the spectrum of H
 * @param kernel the spectrum of w&middot;K
 * @param rankJ the numerical rank of J: the number of eigenvalues of w&middot;K above its tolerance
 * @param residualNorm max<sub>ij</sub>|R<sub>ij</sub>|, zero at an interpolating point
 * @param kernelMismatch the largest |&lambda;<sub>k</sub>(w J<sup>T</sup>J) &minus;
 *     &lambda;<sub>k</sub>(w K)| over the rankJ largest eigenvalues of each, relative to the largest
 * @param hessianKernelMismatch the same comparison between H and w&middot;K (meaningful at an
 *     interpolating minimum, where it must vanish)
 */
public record GaussNewtonSplit(Spectrum gaussNewton, Spectrum residual, Spectrum hessian,
    Spectrum kernel, int rankJ, double residualNorm, double kernelMismatch,
    double hessianKernelMismatch) {

  /**
   * Computes the split at {@code point} with the inertia of every part counted at
   * {@code tolerance}.
   */
  public static GaussNewtonSplit of(CurvaturePoint point, ZeroTolerance tolerance) {
    double w = point.weight();
    double[][] gn = point.gaussNewton();
    double[][] r = point.residualTerm();
    double[][] h = point.hessian();
    double[][] k = point.tangentKernel();
    for (double[] row : k) {
      Vectors.scale(w, row);
    }
    Spectrum kernel = Spectrum.of(k, false, tolerance);
    Spectrum gnSpec = Spectrum.of(gn, false, tolerance);
    Spectrum hSpec = Spectrum.of(h, false, tolerance);
    Spectrum rSpec = Spectrum.of(r, false, tolerance);
    int rank = kernel.inertia().positive();
    double rmax = 0;
    for (double[] row : r) {
      for (double x : row) {
        rmax = Math.max(rmax, Math.abs(x));
      }
    }
    return new GaussNewtonSplit(gnSpec, rSpec, hSpec, kernel, rank, rmax,
        topMismatch(gnSpec, kernel, rank), topMismatch(hSpec, kernel, rank));
  }

  /** Relative mismatch of the {@code count} largest eigenvalues of two spectra. */
  static double topMismatch(Spectrum a, Spectrum b, int count) {
    double[] x = a.eigenvalues();
    double[] y = b.eigenvalues();
    int c = Math.min(count, Math.min(x.length, y.length));
    double scale = Math.max(Math.abs(x[x.length - 1]), Math.abs(y[y.length - 1]));
    double max = 0;
    for (int t = 1; t <= c; t++) {
      max = Math.max(max, Math.abs(x[x.length - t] - y[y.length - t]));
    }
    return scale == 0 ? 0 : max / scale;
  }

  /**
   * The eigenvalues of R in closed form from the active-side moments, ascending: per neuron 0 and
   * &plusmn;w&radic;(S<sub>i</sub><sup>2</sup> + X<sub>i</sub><sup>2</sup>) in network coordinates,
   * &plusmn;w|S<sub>i</sub>| in spline coordinates, and 0 for c (S17, S18).
   */
  public static double[] residualEigenvaluesFromMoments(CurvaturePoint point) {
    ActiveSideMoments m = point.moments();
    int h = point.width();
    double w = point.weight();
    boolean network = point.coordinates() == Coordinates.NETWORK;
    double[] out = new double[point.dimension()];
    int k = 0;
    for (int i = 0; i < h; i++) {
      double r = network ? w * Math.hypot(m.s(i), m.x(i)) : w * Math.abs(m.s(i));
      out[k++] = r;
      out[k++] = -r;
      if (network) {
        out[k++] = 0.0;
      }
    }
    Arrays.sort(out);
    return out;
  }
}
