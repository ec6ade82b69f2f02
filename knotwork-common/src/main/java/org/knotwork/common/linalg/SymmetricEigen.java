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

  /**
   * The indices of the exactly zero rows of the square matrix {@code a} (every entry 0.0), ascending:
   * for a symmetric matrix each is also a zero column, and its unit vector e<sub>i</sub> is an exact
   * eigenvector of eigenvalue 0 (docs/linalg.md (LA7)).
   */
  public static int[] zeroRows(double[][] a) {
    int n = a.length;
    int[] out = new int[n];
    int z = 0;
    for (int i = 0; i < n; i++) {
      double[] row = a[i];
      boolean zero = true;
      for (int j = 0; j < row.length && zero; j++) {
        zero = row[j] == 0.0;
      }
      if (zero) {
        out[z++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, z);
  }

  /**
   * All eigenvalues (and eigenvectors with the residual if {@code vectors}) with the exactly zero
   * rows and columns deflated before the solve (docs/linalg.md (LA7)): the backend solves the
   * principal submatrix of the other rows, and each zero row i contributes the exact eigenpair
   * (0, e<sub>i</sub>). The spectrum is the same as {@link #values}/{@link #full}'s up to (LA1)'s
   * rounding of the smaller problem, not bit for bit; without zero rows it is exactly their result.
   * The zero eigenvalues are placed among the others in ascending order (after the negative ones).
   */
  public static SymmetricEigen deflated(double[][] a, boolean vectors) {
    return deflated(a, vectors, EigenBackends.selected());
  }

  /** {@link #deflated(double[][], boolean)} by the given backend. */
  public static SymmetricEigen deflated(double[][] a, boolean vectors, EigenBackend backend) {
    int n = a.length;
    check(a); // square, finite and symmetric, like the other entry points
    int[] zero = zeroRows(a);
    if (zero.length == 0) {
      return decompose(a, vectors, vectors, backend);
    }
    int r = n - zero.length;
    int[] kept = others(n, zero);
    double[][] sub = principal(a, kept);
    SymmetricEigen small = decompose(sub, vectors, vectors, backend);
    double[] mu = small.eigenvalues();
    double[] lam = new double[n];
    double[][] vecs = vectors ? new double[n][] : null;
    int neg = 0;
    while (neg < r && mu[neg] < 0) {
      neg++;
    }
    for (int k = 0; k < n; k++) {
      int src = k < neg ? k : k < neg + zero.length ? -1 : k - zero.length;
      if (src >= 0) {
        lam[k] = mu[src];
        if (vectors) {
          double[] v = new double[n];
          double[] y = small.eigenvectors()[src];
          for (int p = 0; p < r; p++) {
            v[kept[p]] = y[p];
          }
          vecs[k] = v;
        }
      } else if (vectors) {
        double[] e = new double[n];
        e[zero[k - neg]] = 1.0;
        vecs[k] = e;
      }
    }
    // the residual of an embedded vector is that of the small problem (the zero rows give 0 = 0),
    // and e_i's is exactly 0
    return new SymmetricEigen(lam, vecs, vectors ? Math.max(0.0, small.residual()) : Double.NaN);
  }

  /** Inertia at the default scale-aware tolerance ({@link Inertia#defaultTolerance}). */
  public Inertia inertia() {
    return Inertia.of(eigenvalues, Inertia.defaultTolerance(eigenvalues));
  }

  /** The indices 0..n&minus;1 not in the ascending {@code zero}, ascending. */
  static int[] others(int n, int[] zero) {
    boolean[] isZero = new boolean[n];
    for (int i : zero) {
      isZero[i] = true;
    }
    int[] kept = new int[n - zero.length];
    for (int i = 0, c = 0; i < n; i++) {
      if (!isZero[i]) {
        kept[c++] = i;
      }
    }
    return kept;
  }

  /** The principal submatrix a[kept][kept]. */
  static double[][] principal(double[][] a, int[] kept) {
    int r = kept.length;
    double[][] sub = new double[r][r];
    for (int p = 0; p < r; p++) {
      double[] row = a[kept[p]];
      for (int q = 0; q < r; q++) {
        sub[p][q] = row[kept[q]];
      }
    }
    return sub;
  }

  /** {@link #flatten}'s checks without the copy. */
  static void check(double[][] a) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("matrix must be square, row " + i + " has "
            + a[i].length + " entries, expected " + n);
      }
    }
    for (int i = 0; i < n; i++) {
      double[] row = a[i];
      for (int j = 0; j < n; j++) {
        double x = row[j];
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException("matrix entry (" + i + "," + j + ") is " + x);
        }
        if (j < i && x != a[j][i]) {
          throw new IllegalArgumentException("matrix is not symmetric at (" + j + "," + i + ")");
        }
      }
    }
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
