package org.knotwork.curvature;

import org.knotwork.common.linalg.Inertia;

/**
 * How an eigenvalue is declared "zero" when counting inertia: |&lambda;| &le; tolerance.
 *
 * <ul>
 *   <li>{@link #scaleAware()}: {@link Inertia#defaultTolerance} = 100&middot;P&middot;&epsilon;&middot;max|&lambda;|,
 *       right for exact critical points and exact constructions (fixtures, interpolating
 *       minima).</li>
 *   <li>{@link #nearCritical(double)}: the larger of the scale-aware value and
 *       10&middot;&Vert;&nabla;L&Vert;<sub>2</sub>. Near, but not at, a critical point, eigenvalues that
 *       vanish there are of the order of the gradient: along neuron i's rescaling direction
 *       t<sub>i</sub> = (w<sub>i</sub>, b<sub>i</sub>, &minus;v<sub>i</sub>) the identity
 *       H t<sub>i</sub> = (&minus;g<sub>w<sub>i</sub></sub>, &minus;g<sub>b<sub>i</sub></sub>,
 *       g<sub>v<sub>i</sub></sub>) (from differentiating S10) gives &Vert;H t&#770;<sub>i</sub>&Vert; =
 *       &Vert;g<sub>(i)</sub>&Vert;/&Vert;t<sub>i</sub>&Vert;. The rule therefore assumes parameters of
 *       order one; it is a heuristic, the value chosen is always reported, and
 *       {@link #absolute(double)} overrides it.</li>
 *   <li>{@link #absolute(double)}: a value stated by the caller.</li>
 * </ul>
 */
public final class ZeroTolerance {
  /** The factor in front of &Vert;&nabla;L&Vert; in {@link #nearCritical(double)}. */
  public static final double GRADIENT_FACTOR = 10.0;

  private final double absolute;
  private final double gradientNorm;

  private ZeroTolerance(double absolute, double gradientNorm) {
    this.absolute = absolute;
    this.gradientNorm = gradientNorm;
  }

  /** 100&middot;P&middot;&epsilon;&middot;max|&lambda;|. */
  public static ZeroTolerance scaleAware() {
    return new ZeroTolerance(Double.NaN, 0.0);
  }

  /**
   * max(100&middot;P&middot;&epsilon;&middot;max|&lambda;|, 10&middot;&Vert;&nabla;L&Vert;<sub>2</sub>).
   *
   * @param gradientNorm &Vert;&nabla;L&Vert;<sub>2</sub> at the point, finite and &ge; 0
   */
  public static ZeroTolerance nearCritical(double gradientNorm) {
    if (!(gradientNorm >= 0) || !Double.isFinite(gradientNorm)) {
      throw new IllegalArgumentException(
          "gradientNorm must be finite and >= 0, got " + gradientNorm);
    }
    return new ZeroTolerance(Double.NaN, gradientNorm);
  }

  /** A fixed tolerance, finite and &ge; 0. */
  public static ZeroTolerance absolute(double tolerance) {
    if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
    }
    return new ZeroTolerance(tolerance, 0.0);
  }

  /** The tolerance for a matrix with these eigenvalues. */
  public double resolve(double[] eigenvalues) {
    if (!Double.isNaN(absolute)) {
      return absolute;
    }
    return Math.max(Inertia.defaultTolerance(eigenvalues), GRADIENT_FACTOR * gradientNorm);
  }

  /**
   * The tolerance for a P&times;P matrix with max|&lambda;| = {@code spectralNorm}, known without its
   * eigenvalues (for inertia by factorisation, docs/linalg.md (LA5)-(LA6)): the same rule as
   * {@link #resolve(double[])}.
   */
  public double resolve(int dimension, double spectralNorm) {
    if (!Double.isNaN(absolute)) {
      return absolute;
    }
    return Math.max(Inertia.defaultTolerance(dimension, spectralNorm),
        GRADIENT_FACTOR * gradientNorm);
  }

  @Override
  public String toString() {
    if (!Double.isNaN(absolute)) {
      return "absolute(" + absolute + ")";
    }
    return gradientNorm == 0 ? "scaleAware" : "nearCritical(" + gradientNorm + ")";
  }
}
