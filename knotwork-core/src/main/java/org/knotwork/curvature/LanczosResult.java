package org.knotwork.curvature;

/**
 * Ritz pairs from {@link Lanczos#extremal}: approximations of the k eigenpairs at one end of the
 * spectrum, ascending.
 *
 * @param end which end was requested
 * @param values Ritz values (Rayleigh quotients of the returned vectors), ascending
 * @param vectors unit Ritz vectors, vectors[t] belongs to values[t]
 * @param residuals &Vert;Ay &minus; &theta;y&Vert;<sub>2</sub> recomputed for each pair; each value lies
 *     within its residual of an eigenvalue of A
 * @param steps Krylov dimension reached (number of products in the recurrence)
 * @param restarts restarts after an invariant subspace was found
 * @param converged true if every wanted pair met the tolerance, or the space was exhausted
 */
public record LanczosResult(Lanczos.End end, double[] values, double[][] vectors,
    double[] residuals, int steps, int restarts, boolean converged) {

  /** Validates lengths and copies. */
  public LanczosResult {
    if (values.length != vectors.length || values.length != residuals.length) {
      throw new IllegalArgumentException("values, vectors and residuals must have equal lengths");
    }
    values = values.clone();
    residuals = residuals.clone();
    double[][] copy = new double[vectors.length][];
    for (int t = 0; t < copy.length; t++) {
      copy[t] = vectors[t].clone();
    }
    vectors = copy;
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] residuals() {
    return residuals.clone();
  }

  @Override
  public double[][] vectors() {
    double[][] copy = new double[vectors.length][];
    for (int t = 0; t < copy.length; t++) {
      copy[t] = vectors[t].clone();
    }
    return copy;
  }

  /** Number of pairs k. */
  public int count() {
    return values.length;
  }

  /** Largest residual norm. */
  public double maxResidual() {
    double m = 0;
    for (double r : residuals) {
      m = Math.max(m, r);
    }
    return m;
  }

  /**
   * The error against the exact spectrum: the t-th returned value against the t-th of the k exact
   * eigenvalues at the same end (so a missed copy of a repeated eigenvalue shows up as an error).
   */
  public EstimatorError errorAgainst(Spectrum exact) {
    double[] lam = exact.eigenvalues();
    int k = values.length;
    if (k > lam.length) {
      throw new IllegalArgumentException("exact spectrum has only " + lam.length + " eigenvalues");
    }
    int offset = end == Lanczos.End.LARGEST ? lam.length - k : 0;
    double max = 0;
    double scale = Math.max(Math.abs(lam[0]), Math.abs(lam[lam.length - 1]));
    for (int t = 0; t < k; t++) {
      max = Math.max(max, Math.abs(values[t] - lam[offset + t]));
    }
    return new EstimatorError(max, scale == 0 ? 0 : max / scale, maxResidual());
  }
}
