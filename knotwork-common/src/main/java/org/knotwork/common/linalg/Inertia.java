package org.knotwork.common.linalg;

/**
 * Counts of positive, zero and negative eigenvalues at a stated tolerance: &lambda; is "zero" when
 * |&lambda;| &le; tolerance (docs/linalg.md (LA2)). From eigenvalues ({@link #of}) or, without an
 * eigen-solve, from two symmetric indefinite factorisations and Sylvester's law
 * ({@link #ofMatrix(double[][], double)}, (LA5)).
 *
 * @param positive number of eigenvalues &gt; tolerance
 * @param zero number with |&lambda;| &le; tolerance
 * @param negative number &lt; &minus;tolerance
 * @param tolerance the threshold used
 */
public record Inertia(int positive, int zero, int negative, double tolerance) {

  /** Classifies {@code eigenvalues} at {@code tolerance}. */
  public static Inertia of(double[] eigenvalues, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    }
    int pos = 0;
    int zero = 0;
    int neg = 0;
    for (double l : eigenvalues) {
      if (l > tolerance) {
        pos++;
      } else if (l < -tolerance) {
        neg++;
      } else {
        zero++;
      }
    }
    return new Inertia(pos, zero, neg, tolerance);
  }

  /**
   * The default, scale-aware tolerance 100&middot;P&middot;&epsilon;&middot;max|&lambda;| for a P&times;P
   * symmetric matrix: a small multiple of the backward error of a stable symmetric eigen-solver.
   */
  public static double defaultTolerance(double[] eigenvalues) {
    double max = 0;
    for (double l : eigenvalues) {
      max = Math.max(max, Math.abs(l));
    }
    return 100.0 * eigenvalues.length * Math.ulp(1.0) * max;
  }

  /**
   * The inertia of the symmetric matrix {@code a} at {@code tolerance}, counted without eigenvalues
   * (docs/linalg.md (LA5)): positive = #{&lambda; &gt; t} is the number of positive pivots of
   * A &minus; tI and negative = #{&lambda; &lt; &minus;t} the number of negative pivots of A + tI
   * (LDL<sup>T</sup> with Bunch&ndash;Kaufman pivoting, Sylvester's law of inertia), zero the rest;
   * one factorisation when t = 0. The same semantics as {@link #of} on the exact eigenvalues; only an
   * eigenvalue within rounding (a few n&middot;&epsilon;&middot;&Vert;A&Vert;) of &plusmn;t can be
   * counted differently, as it can by the eigenvalues themselves.
   */
  public static Inertia ofMatrix(double[][] a, double tolerance) {
    return ofMatrix(a, tolerance, EigenBackends.selected());
  }

  /** {@link #ofMatrix(double[][], double)} by the given backend. */
  public static Inertia ofMatrix(double[][] a, double tolerance, EigenBackend backend) {
    if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
    }
    int n = a.length;
    if (n == 0) {
      return new Inertia(0, 0, 0, tolerance);
    }
    double[] flat = SymmetricEigen.flatten(a);
    if (tolerance == 0) {
      int[] c = backend.shiftedInertia(flat, n, 0);
      return new Inertia(c[0], c[1], c[2], 0);
    }
    int pos = backend.shiftedInertia(flat, n, tolerance)[0];
    int neg = backend.shiftedInertia(flat, n, -tolerance)[2];
    return new Inertia(pos, n - pos - neg, neg, tolerance);
  }

  /**
   * {@link #ofMatrix(double[][], double)} with the exactly zero rows and columns deflated first
   * (docs/linalg.md (LA7)): each is an exact eigenvalue 0, counted as zero at any tolerance &ge; 0,
   * and the factorisations run on the principal submatrix of the other rows. The same counts as
   * {@link #ofMatrix(double[][], double)} except within its own rounding band.
   */
  public static Inertia ofMatrixDeflated(double[][] a, double tolerance) {
    return ofMatrixDeflated(a, tolerance, EigenBackends.selected());
  }

  /** {@link #ofMatrixDeflated(double[][], double)} by the given backend. */
  public static Inertia ofMatrixDeflated(double[][] a, double tolerance, EigenBackend backend) {
    SymmetricEigen.check(a);
    int[] zero = SymmetricEigen.zeroRows(a);
    if (zero.length == 0) {
      return ofMatrix(a, tolerance, backend);
    }
    Inertia rest = ofMatrix(SymmetricEigen.principal(a, SymmetricEigen.others(a.length, zero)),
        tolerance, backend);
    return new Inertia(rest.positive(), rest.zero() + zero.length, rest.negative(), tolerance);
  }

  /**
   * {@link #ofMatrix(double[][], double)} at the default tolerance 100&middot;P&middot;&epsilon;&middot;&Vert;A&Vert;<sub>2</sub>,
   * with &Vert;A&Vert;<sub>2</sub> = max|&lambda;| estimated by {@link SpectralNorm} (Lanczos, from
   * below): the rule of {@link #defaultTolerance}, up to the estimate's relative error.
   */
  public static Inertia ofMatrix(double[][] a) {
    return ofMatrix(a, defaultTolerance(a.length, SpectralNorm.estimate(a)));
  }

  /** 100&middot;P&middot;&epsilon;&middot;norm: {@link #defaultTolerance} from a known max|&lambda;|. */
  public static double defaultTolerance(int dimension, double spectralNorm) {
    return 100.0 * dimension * Math.ulp(1.0) * spectralNorm;
  }
}
