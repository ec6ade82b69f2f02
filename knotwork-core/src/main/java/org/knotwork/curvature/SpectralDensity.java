package org.knotwork.curvature;

import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;

/**
 * Stochastic Lanczos quadrature (SLQ) for the spectral density &phi;(t) = (1/P)&Sigma;<sub>k</sub>
 * &delta;(t &minus; &lambda;<sub>k</sub>) of a symmetric operator: Ubaru, Chen &amp; Saad, "Fast
 * estimation of tr(f(A)) via stochastic Lanczos quadrature", SIAM J. Matrix Anal. Appl. 38(4), 2017;
 * the density form of Lin, Saad &amp; Yang, SIAM Review 58(1), 2016, &sect;3.2.
 *
 * <p>For each of n<sub>v</sub> probes u<sub>l</sub> with independent Rademacher entries, normalised to
 * unit length, m Lanczos steps from u<sub>l</sub> (full reorthogonalisation, {@link Lanczos}) give the
 * Gauss quadrature of u<sub>l</sub>'s spectral measure &Sigma;<sub>k</sub>(u<sub>l</sub>&middot;
 * v<sub>k</sub>)<sup>2</sup>&delta;(t &minus; &lambda;<sub>k</sub>): nodes &theta;<sub>lj</sub> (Ritz values)
 * and weights &tau;<sub>lj</sub><sup>2</sup> (squared first components of T's eigenvectors). Since
 * E[(u&middot;v<sub>k</sub>)<sup>2</sup>] = 1/P for normalised Rademacher probes, the average of the
 * probes' measures is an unbiased estimate of &phi; as soon as the quadrature is exact for the test
 * function, i.e. as soon as m reaches the number of distinct eigenvalues seen by the probe (the run
 * then stops by itself at the invariant subspace); for smaller m there is in addition the Gauss
 * quadrature bias bounded in Ubaru et al., Theorem 4.2.
 *
 * <p>The smoothed density &phi;<sub>&sigma;</sub>(t) = &int;g<sub>&sigma;</sub>(t &minus; s)&phi;(s)ds, with
 * g<sub>&sigma;</sub> the normal density of standard deviation &sigma;, is reported on a grid with its
 * pointwise Monte Carlo standard error (sample standard deviation over probes / &radic;n<sub>v</sub>).
 */
public final class SpectralDensity {

  private SpectralDensity() {}

  /**
   * Runs SLQ and evaluates the smoothed density on {@code grid}.
   *
   * @param probes number of random probes n<sub>v</sub> &ge; 2 (for a standard error)
   * @param steps Lanczos steps m per probe, &ge; 1
   * @param sigma Gaussian smoothing width &sigma; &gt; 0
   * @param grid points t at which to report &phi;<sub>&sigma;</sub>
   * @param rng source of the probes
   */
  public static DensityEstimate estimate(SymmetricOperator op, int probes, int steps, double sigma,
      double[] grid, Rng rng) {
    if (probes < 2) {
      throw new IllegalArgumentException("probes must be >= 2 for a standard error, got " + probes);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be >= 1, got " + steps);
    }
    if (!(sigma > 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and > 0, got " + sigma);
    }
    if (grid == null || grid.length == 0) {
      throw new IllegalArgumentException("grid must have at least one point");
    }
    int n = op.dimension();
    double[][] nodes = new double[probes][];
    double[][] weights = new double[probes][];
    double norm = 1.0 / Math.sqrt(n);
    for (int l = 0; l < probes; l++) {
      double[] u = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = rng.sign() * norm;
      }
      double[][] ab = Lanczos.tridiagonalFrom(op, u, steps);
      int m = ab[0].length;
      double[][] t = Lanczos.tridiagonal(ab[0], padded(ab[1], m), m);
      SymmetricEigen e = SymmetricEigen.full(t);
      double[] theta = e.eigenvalues();
      double[][] s = e.eigenvectors();
      nodes[l] = theta;
      weights[l] = new double[m];
      for (int j = 0; j < m; j++) {
        weights[l][j] = s[j][0] * s[j][0];
      }
    }
    return DensityEstimate.of(nodes, weights, sigma, grid);
  }

  private static double[] padded(double[] beta, int m) {
    double[] b = new double[m];
    System.arraycopy(beta, 0, b, 0, beta.length);
    return b;
  }

  /** An evenly spaced grid of {@code points} &ge; 2 points from lo to hi inclusive. */
  public static double[] grid(double lo, double hi, int points) {
    if (points < 2 || !(hi > lo)) {
      throw new IllegalArgumentException("grid needs points >= 2 and hi > lo, got " + points
          + " points on [" + lo + ", " + hi + "]");
    }
    double[] g = new double[points];
    for (int i = 0; i < points; i++) {
      g[i] = lo + (hi - lo) * i / (points - 1);
    }
    return g;
  }

  /** The normal density of standard deviation &sigma; at t. */
  static double gaussian(double t, double sigma) {
    double z = t / sigma;
    return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
  }
}
