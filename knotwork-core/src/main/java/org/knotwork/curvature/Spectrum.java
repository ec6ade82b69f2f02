package org.knotwork.curvature;

import org.knotwork.common.linalg.Inertia;
import org.knotwork.common.linalg.SymmetricEigen;

/**
 * The exact spectrum of a dense symmetric matrix (a Hessian, its Gauss&ndash;Newton part or a tangent
 * kernel): eigenvalues ascending, optionally unit eigenvectors, and the inertia at a stated tolerance.
 *
 * <p>The default tolerance is {@link Inertia#defaultTolerance} = 100&middot;P&middot;&epsilon;&middot;max|&lambda;|,
 * a small multiple of the backward error of the symmetric QR algorithm, so it scales with the matrix.
 * It only separates exact zeros (such as the rescaling directions at a critical point, S19) from
 * rounding; near, but not at, a critical point pass a larger tolerance explicitly (see
 * {@link ZeroTolerance}).
 *
 * @param eigenvalues ascending
 * @param eigenvectors eigenvectors[k] is the unit eigenvector of eigenvalues[k]; null if not computed
 * @param inertia counts of positive, zero and negative eigenvalues at {@code inertia.tolerance()}
 * @param residual max<sub>k</sub>&Vert;Av<sub>k</sub> &minus; &lambda;<sub>k</sub>v<sub>k</sub>&Vert;, NaN
 *     without eigenvectors
 */
public record Spectrum(double[] eigenvalues, double[][] eigenvectors, Inertia inertia,
    double residual) {

  /** Validates and copies. */
  public Spectrum {
    if (eigenvalues == null || inertia == null) {
      throw new IllegalArgumentException("eigenvalues and inertia are required");
    }
    eigenvalues = eigenvalues.clone();
    for (int k = 1; k < eigenvalues.length; k++) {
      if (!(eigenvalues[k - 1] <= eigenvalues[k])) {
        throw new IllegalArgumentException("eigenvalues must be ascending, at index " + k);
      }
    }
    if (eigenvectors != null) {
      if (eigenvectors.length != eigenvalues.length) {
        throw new IllegalArgumentException("eigenvectors has " + eigenvectors.length
            + " entries but eigenvalues has " + eigenvalues.length);
      }
      double[][] copy = new double[eigenvectors.length][];
      for (int k = 0; k < copy.length; k++) {
        copy[k] = eigenvectors[k].clone();
      }
      eigenvectors = copy;
    }
    if (inertia.positive() + inertia.zero() + inertia.negative() != eigenvalues.length) {
      throw new IllegalArgumentException("inertia counts must add up to " + eigenvalues.length);
    }
  }

  /** Eigenvalues only, inertia at the default scale-aware tolerance. */
  public static Spectrum values(double[][] matrix) {
    SymmetricEigen e = SymmetricEigen.values(matrix);
    return fromEigen(e, Inertia.defaultTolerance(e.eigenvalues()));
  }

  /** Eigenvalues and eigenvectors, inertia at the default scale-aware tolerance. */
  public static Spectrum full(double[][] matrix) {
    SymmetricEigen e = SymmetricEigen.full(matrix);
    return fromEigen(e, Inertia.defaultTolerance(e.eigenvalues()));
  }

  /**
   * Eigenvalues (and eigenvectors if {@code vectors}) with the inertia at the tolerance chosen by
   * {@code tolerance} from the eigenvalues.
   */
  public static Spectrum of(double[][] matrix, boolean vectors, ZeroTolerance tolerance) {
    SymmetricEigen e = vectors ? SymmetricEigen.full(matrix) : SymmetricEigen.values(matrix);
    return fromEigen(e, tolerance.resolve(e.eigenvalues()));
  }

  /**
   * As {@link #of(double[][], boolean, ZeroTolerance)}, with the exactly zero rows and columns
   * (neurons with no data on their active side, spline-lens.md &sect;3) deflated before the solve:
   * their eigenpairs (0, e<sub>i</sub>) are exact and the backend solves the smaller rest
   * (docs/linalg.md (LA7)). Same spectrum to (LA1)'s accuracy, not bit for bit; the tolerance rule
   * sees all P eigenvalues.
   */
  public static Spectrum deflated(double[][] matrix, boolean vectors, ZeroTolerance tolerance) {
    SymmetricEigen e = SymmetricEigen.deflated(matrix, vectors);
    return fromEigen(e, tolerance.resolve(e.eigenvalues()));
  }

  private static Spectrum fromEigen(SymmetricEigen e, double tol) {
    return new Spectrum(e.eigenvalues(), e.eigenvectors(), Inertia.of(e.eigenvalues(), tol),
        e.residual());
  }

  /** Matrix size P. */
  public int dimension() {
    return eigenvalues.length;
  }

  /** The tolerance the inertia was counted at. */
  public double tolerance() {
    return inertia.tolerance();
  }

  /** True if eigenvectors were computed. */
  public boolean hasVectors() {
    return eigenvectors != null;
  }

  @Override
  public double[] eigenvalues() {
    return eigenvalues.clone();
  }

  @Override
  public double[][] eigenvectors() {
    if (eigenvectors == null) {
      return null;
    }
    double[][] copy = new double[eigenvectors.length][];
    for (int k = 0; k < copy.length; k++) {
      copy[k] = eigenvectors[k].clone();
    }
    return copy;
  }

  /** &lambda;<sub>k</sub> (ascending order). */
  public double eigenvalue(int k) {
    return eigenvalues[k];
  }

  /** The unit eigenvector of &lambda;<sub>k</sub>. */
  public double[] eigenvector(int k) {
    if (eigenvectors == null) {
      throw new IllegalStateException("this spectrum was computed without eigenvectors");
    }
    return eigenvectors[k].clone();
  }

  /** Smallest eigenvalue. */
  public double min() {
    return eigenvalues[0];
  }

  /** Largest eigenvalue. */
  public double max() {
    return eigenvalues[eigenvalues.length - 1];
  }

  /** Indices k with |&lambda;<sub>k</sub>| &le; tolerance, ascending. */
  public int[] zeroIndices() {
    double tol = inertia.tolerance();
    return java.util.stream.IntStream.range(0, eigenvalues.length)
        .filter(k -> Math.abs(eigenvalues[k]) <= tol).toArray();
  }

  /** The eigenvalues &gt; tolerance, ascending. */
  public double[] positiveEigenvalues() {
    double tol = inertia.tolerance();
    return java.util.Arrays.stream(eigenvalues).filter(l -> l > tol).toArray();
  }

  /** Sum of the eigenvalues (the trace). */
  public double trace() {
    double s = 0;
    for (double l : eigenvalues) {
      s += l;
    }
    return s;
  }
}
