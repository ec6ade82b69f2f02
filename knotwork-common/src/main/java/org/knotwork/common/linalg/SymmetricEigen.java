package org.knotwork.common.linalg;

/**
 * Eigen-decomposition of a dense symmetric matrix, eigenvalues ascending (docs/linalg.md (LA1)), by
 * the {@link EigenBackend} that {@link EigenBackends#selected()} chooses: native LAPACK where the
 * module {@code knotwork-lapack} is on the class path and loads, else EJML's symmetric QR in Java.
 *
 * @param eigenvalues ascending
 * @param eigenvectors eigenvectors[k] is the unit eigenvector of eigenvalues[k], or null if not
 *     requested
 * @param residual max<sub>k</sub>&Vert;Av<sub>k</sub> &minus; &lambda;<sub>k</sub>v<sub>k</sub>&Vert;<sub>2</sub>,
 *     or NaN if it was not computed (no vectors, or {@link #fullUnchecked})
 */
public record SymmetricEigen(double[] eigenvalues, double[][] eigenvectors, double residual) {

  /** Eigenvalues only. */
  public static SymmetricEigen values(double[][] a) {
    return values(a, EigenBackends.selected());
  }

  /** Eigenvalues only, by the given backend. */
  public static SymmetricEigen values(double[][] a, EigenBackend backend) {
    return decompose(a, false, false, backend);
  }

  /** Eigenvalues and eigenvectors, with the residual. */
  public static SymmetricEigen full(double[][] a) {
    return full(a, EigenBackends.selected());
  }

  /** Eigenvalues and eigenvectors, with the residual, by the given backend. */
  public static SymmetricEigen full(double[][] a, EigenBackend backend) {
    return decompose(a, true, true, backend);
  }

  /**
   * Eigenvalues and eigenvectors without the residual check (residual NaN): the same decomposition
   * as {@link #full}, bit for bit, minus the product A&middot;V that the residual needs.
   */
  public static SymmetricEigen fullUnchecked(double[][] a) {
    return decompose(a, true, false, EigenBackends.selected());
  }

  /**
   * The eigenvalues number {@code first} to {@code last} (0-based, inclusive, counted in ascending
   * order), with their eigenvectors if {@code vectors} (no residual: NaN). Native LAPACK computes
   * only those (dsyevr); the Java backend computes all and keeps these.
   */
  public static SymmetricEigen range(double[][] a, int first, int last, boolean vectors) {
    return range(a, first, last, vectors, EigenBackends.selected());
  }

  /** {@link #range(double[][], int, int, boolean)} by the given backend. */
  public static SymmetricEigen range(double[][] a, int first, int last, boolean vectors,
      EigenBackend backend) {
    int n = a.length;
    if (first < 0 || last < first || last >= n) {
      throw new IllegalArgumentException("eigenvalue range must satisfy 0 <= first <= last < "
          + n + ", got " + first + ".." + last);
    }
    double[] flat = flatten(a);
    EigenBackend.Eigenpairs e = backend.solveRange(flat, n, first, last, vectors);
    return new SymmetricEigen(e.values(), vectors ? unflatten(e.vectors(), last - first + 1, n)
        : null, Double.NaN);
  }

  /** Inertia at the default scale-aware tolerance ({@link Inertia#defaultTolerance}). */
  public Inertia inertia() {
    return Inertia.of(eigenvalues, Inertia.defaultTolerance(eigenvalues));
  }

  private static SymmetricEigen decompose(double[][] a, boolean vectors, boolean residual,
      EigenBackend backend) {
    int n = a.length;
    if (n == 0) {
      return new SymmetricEigen(new double[0], vectors ? new double[0][] : null,
          vectors ? 0 : Double.NaN);
    }
    double[] flat = flatten(a);
    EigenBackend.Eigenpairs e = backend.solve(flat, n, vectors);
    double[] lam = e.values();
    double[][] vecs = vectors ? unflatten(e.vectors(), n, n) : null;
    double res = Double.NaN;
    if (vectors && residual) {
      double[] av = backend.multiply(flat, n, e.vectors(), n);
      double[] ss = new double[n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          double d = av[k * n + i] - lam[k] * e.vectors()[k * n + i];
          ss[k] += d * d;
        }
      }
      res = 0;
      for (int k = 0; k < n; k++) {
        res = Math.max(res, Math.sqrt(ss[k]));
      }
    }
    return new SymmetricEigen(lam, vecs, res);
  }

  /**
   * The matrix flat ({@code a[i][j]} at {@code i * n + j}), checked square, finite and exactly
   * symmetric.
   */
  static double[] flatten(double[][] a) {
    int n = a.length;
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("matrix must be square, row " + i + " has "
            + a[i].length + " entries, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        double x = a[i][j];
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException("matrix entry (" + i + "," + j + ") is " + x);
        }
        if (x != a[j][i]) {
          throw new IllegalArgumentException("matrix is not symmetric at (" + i + "," + j + ")");
        }
        m[i * n + j] = x;
      }
    }
    return m;
  }

  private static double[][] unflatten(double[] flat, int count, int n) {
    double[][] v = new double[count][];
    for (int k = 0; k < count; k++) {
      v[k] = java.util.Arrays.copyOfRange(flat, k * n, (k + 1) * n);
    }
    return v;
  }
}
