package org.knotwork.curvature;

/**
 * A spectral density estimate from {@link SpectralDensity}: the per-probe Gauss quadrature rules and
 * the Gaussian-smoothed density on a grid with its Monte Carlo standard error.
 *
 * @param nodes nodes[l] are probe l's quadrature nodes (Ritz values)
 * @param weights weights[l][j] is the weight of nodes[l][j]; each probe's weights sum to 1
 * @param sigma smoothing width
 * @param grid evaluation points
 * @param density estimated &phi;<sub>&sigma;</sub> on the grid (mean over probes)
 * @param standardError pointwise standard error of {@code density}
 */
public record DensityEstimate(double[][] nodes, double[][] weights, double sigma, double[] grid,
    double[] density, double[] standardError) {

  /** Validates lengths and copies. */
  public DensityEstimate {
    if (nodes.length != weights.length) {
      throw new IllegalArgumentException("nodes and weights must have one entry per probe");
    }
    if (density.length != grid.length || standardError.length != grid.length) {
      throw new IllegalArgumentException("density and standardError must match the grid");
    }
    nodes = deepCopy(nodes);
    weights = deepCopy(weights);
    grid = grid.clone();
    density = density.clone();
    standardError = standardError.clone();
  }

  static DensityEstimate of(double[][] nodes, double[][] weights, double sigma, double[] grid) {
    int probes = nodes.length;
    int g = grid.length;
    double[] mean = new double[g];
    double[] m2 = new double[g];
    for (int l = 0; l < probes; l++) {
      for (int i = 0; i < g; i++) {
        double v = 0;
        for (int j = 0; j < nodes[l].length; j++) {
          v += weights[l][j] * SpectralDensity.gaussian(grid[i] - nodes[l][j], sigma);
        }
        // Welford update of mean and sum of squared deviations
        double delta = v - mean[i];
        mean[i] += delta / (l + 1);
        m2[i] += delta * (v - mean[i]);
      }
    }
    double[] se = new double[g];
    for (int i = 0; i < g; i++) {
      se[i] = Math.sqrt(m2[i] / (probes - 1) / probes);
    }
    return new DensityEstimate(nodes, weights, sigma, grid, mean, se);
  }

  /** Number of probes. */
  public int probes() {
    return nodes.length;
  }

  @Override
  public double[][] nodes() {
    return deepCopy(nodes);
  }

  @Override
  public double[][] weights() {
    return deepCopy(weights);
  }

  @Override
  public double[] grid() {
    return grid.clone();
  }

  @Override
  public double[] density() {
    return density.clone();
  }

  @Override
  public double[] standardError() {
    return standardError.clone();
  }

  /**
   * The SLQ estimate of (1/P)tr f(A) for f = t<sup>p</sup>: (1/n<sub>v</sub>)&Sigma;<sub>l,j</sub>
   * &tau;<sub>lj</sub><sup>2</sup>&theta;<sub>lj</sub><sup>p</sup>, with its standard error; p = 1 gives
   * tr(A)/P, p = 2 gives &Vert;A&Vert;<sub>F</sub><sup>2</sup>/P.
   *
   * @return {estimate, standard error}
   */
  public double[] moment(int p) {
    if (p < 0) {
      throw new IllegalArgumentException("p must be >= 0, got " + p);
    }
    int probes = nodes.length;
    double mean = 0;
    double m2 = 0;
    for (int l = 0; l < probes; l++) {
      double v = 0;
      for (int j = 0; j < nodes[l].length; j++) {
        v += weights[l][j] * Math.pow(nodes[l][j], p);
      }
      double delta = v - mean;
      mean += delta / (l + 1);
      m2 += delta * (v - mean);
    }
    return new double[] {mean, Math.sqrt(m2 / (probes - 1) / probes)};
  }

  /** The exact smoothed density (1/P)&Sigma;<sub>k</sub>g<sub>&sigma;</sub>(t &minus; &lambda;<sub>k</sub>) on the grid. */
  public double[] exactDensity(double[] eigenvalues) {
    double[] out = new double[grid.length];
    for (int i = 0; i < grid.length; i++) {
      double v = 0;
      for (double l : eigenvalues) {
        v += SpectralDensity.gaussian(grid[i] - l, sigma);
      }
      out[i] = v / eigenvalues.length;
    }
    return out;
  }

  /**
   * The error against the exact smoothed density of {@code exact}: the largest absolute error over the
   * grid, relative to the exact density's peak, with the largest pointwise standard error as the
   * stated uncertainty.
   */
  public EstimatorError errorAgainst(Spectrum exact) {
    double[] ref = exactDensity(exact.eigenvalues());
    double max = 0;
    double peak = 0;
    double maxSe = 0;
    for (int i = 0; i < grid.length; i++) {
      max = Math.max(max, Math.abs(density[i] - ref[i]));
      peak = Math.max(peak, ref[i]);
      maxSe = Math.max(maxSe, standardError[i]);
    }
    return new EstimatorError(max, peak == 0 ? 0 : max / peak, maxSe);
  }

  /**
   * The largest pointwise |estimate &minus; exact| / standard error over the grid. The standard error
   * is floored at 10<sup>&minus;12</sup> times the exact density's peak, the level of rounding, so that
   * grid points where every probe agrees do not divide by zero.
   */
  public double maxStandardizedError(Spectrum exact) {
    double[] ref = exactDensity(exact.eigenvalues());
    double peak = 0;
    for (double r : ref) {
      peak = Math.max(peak, r);
    }
    double floor = 1e-12 * peak;
    double z = 0;
    for (int i = 0; i < grid.length; i++) {
      z = Math.max(z, Math.abs(density[i] - ref[i]) / Math.max(standardError[i], floor));
    }
    return z;
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
