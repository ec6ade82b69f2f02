package org.knotwork.lapack;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.bytedeco.openblas.presets.openblas_nolapack;
import org.knotwork.common.linalg.EigenBackend;

/**
 * The native eigen backend: OpenBLAS's LAPACK through the JavaCPP presets (docs/linalg.md &sect;2).
 *
 * <ul>
 *   <li>all eigenvalues: {@code dsyevd_2stage} (two-stage tridiagonalisation: dense to band by
 *       BLAS 3, band to tridiagonal by bulge chasing; then root-free QR);</li>
 *   <li>all eigenvalues and vectors: {@code dsyevd} (Householder tridiagonalisation, divide and
 *       conquer) &mdash; numpy's {@code eigh};</li>
 *   <li>a range of eigenvalues by index: {@code dsyevr} (bisection and inverse iteration, or MRRR);
 *   </li>
 *   <li>inertia of A &minus; &sigma;I: {@code dsytrf} (LDL<sup>T</sup>, Bunch&ndash;Kaufman pivoting),
 *       signs of the 1&times;1 and 2&times;2 blocks of D (Sylvester's law, (LA4));</li>
 *   <li>A&middot;V: {@code dsymm}; general products op(A)&middot;op(B): {@code dgemm} (LA8).</li>
 * </ul>
 *
 * <p><b>Threads.</b> OpenBLAS's result bits depend on its own thread count (its threaded BLAS
 * splits sums differently), so the count is pinned: {@value #DEFAULT_THREADS} unless the system
 * property {@value #THREADS_PROPERTY} says otherwise, set again before every call, never derived from
 * {@code --threads} or the number of cores. One native thread is also the fastest choice on a loaded
 * machine (two OpenBLAS threads on two busy cores were 2&ndash;3&times; slower than one). Calls from
 * several Java threads at once are safe and each gives the bytes it gives alone (LA3).
 */
public final class LapackEigenBackend implements EigenBackend {
  /** The system property that overrides the pinned native thread count. */
  public static final String THREADS_PROPERTY = "knotwork.lapack.threads";
  /** The pinned native thread count. */
  public static final int DEFAULT_THREADS = 1;

  /** LAPACK_COL_MAJOR (a literal, so that this class loads even where the natives do not). */
  private static final int COL_MAJOR = 102;
  /** CblasRowMajor. */
  /** CBLAS's row-major layout and transpose flags. */
  static final int ROW_MAJOR = 101;
  static final int NO_TRANS = 111;
  static final int TRANS = 112;
  private static final byte LOWER = 'L';

  /** The public no-argument constructor that {@link java.util.ServiceLoader} needs; loads nothing. */
  public LapackEigenBackend() {
  }

  @Override
  public String name() {
    return "lapack";
  }

  @Override
  public boolean available() {
    return Native.ERROR.isEmpty();
  }

  @Override
  public String unavailableReason() {
    return Native.ERROR;
  }

  /** The native thread count every call runs with. */
  public static int threads() {
    int t = Integer.getInteger(THREADS_PROPERTY, DEFAULT_THREADS);
    if (t < 1 || t > 256) {
      throw new IllegalStateException(THREADS_PROPERTY + " must be between 1 and 256, got " + t);
    }
    return t;
  }

  @Override
  public Eigenpairs solve(double[] a, int n, boolean vectors) {
    check(a, n);
    pin();
    try (DoublePointer m = new DoublePointer(a); DoublePointer w = new DoublePointer(n)) {
      // values only: the two-stage tridiagonalisation (dense to band by BLAS 3, then bulge chasing)
      // is faster than dsytrd's half-BLAS-2 reduction; LAPACK has it for jobz = N only
      int info = vectors ? openblas.LAPACKE_dsyevd(COL_MAJOR, (byte) 'V', LOWER, n, m, n, w)
          : openblas.LAPACKE_dsyevd_2stage(COL_MAJOR, (byte) 'N', LOWER, n, m, n, w);
      if (info != 0) {
        throw new ArithmeticException("LAPACK dsyevd" + (vectors ? "" : "_2stage")
            + " failed, info = " + info);
      }
      double[] values = new double[n];
      w.get(values);
      double[] vecs = null;
      if (vectors) {
        vecs = new double[n * n];
        m.get(vecs);
      }
      return new Eigenpairs(values, vecs);
    }
  }

  @Override
  public Eigenpairs solveRange(double[] a, int n, int first, int last, boolean vectors) {
    check(a, n);
    if (first < 0 || last < first || last >= n) {
      throw new IllegalArgumentException("eigenvalue range must satisfy 0 <= first <= last < "
          + n + ", got " + first + ".." + last);
    }
    pin();
    int count = last - first + 1;
    try (DoublePointer m = new DoublePointer(a); DoublePointer w = new DoublePointer(n);
        DoublePointer z = new DoublePointer(vectors ? (long) n * count : 1);
        IntPointer found = new IntPointer(1); IntPointer support = new IntPointer(2L * n)) {
      int info = openblas.LAPACKE_dsyevr(COL_MAJOR, (byte) (vectors ? 'V' : 'N'), (byte) 'I',
          LOWER, n, m, n, 0.0, 0.0, first + 1, last + 1, 0.0, found, w, z, vectors ? n : 1,
          support);
      if (info != 0 || found.get() != count) {
        throw new ArithmeticException("LAPACK dsyevr failed, info = " + info + ", found "
            + found.get() + " of " + count + " eigenvalues");
      }
      double[] values = new double[count];
      w.get(values);
      double[] vecs = null;
      if (vectors) {
        vecs = new double[n * count];
        z.get(vecs);
      }
      return new Eigenpairs(values, vecs);
    }
  }

  @Override
  public int[] shiftedInertia(double[] a, int n, double shift) {
    check(a, n);
    if (!Double.isFinite(shift)) {
      throw new IllegalArgumentException("shift must be finite, got " + shift);
    }
    pin();
    double[] s = a.clone();
    for (int i = 0; i < n; i++) {
      s[i * n + i] -= shift;
    }
    try (DoublePointer m = new DoublePointer(s); IntPointer pivots = new IntPointer(n)) {
      int info = openblas.LAPACKE_dsytrf(COL_MAJOR, LOWER, n, m, n, pivots);
      if (info < 0) {
        throw new ArithmeticException("LAPACK dsytrf failed, info = " + info);
      }
      // info > 0: D(info, info) is exactly zero; the factorisation is complete and that block counts
      // as a zero eigenvalue of A - shift I
      double[] d = new double[n * n];
      m.get(d);
      int[] ipiv = new int[n];
      pivots.get(ipiv);
      return blockSigns(d, ipiv, n);
    }
  }

  /**
   * Counts {positive, zero, negative} eigenvalues of the block-diagonal D that {@code dsytrf} with
   * uplo = L leaves in the lower triangle: a 1&times;1 block where ipiv[k] &gt; 0, a 2&times;2 block
   * on rows k, k+1 where ipiv[k] = ipiv[k+1] &lt; 0.
   */
  static int[] blockSigns(double[] d, int[] ipiv, int n) {
    int[] counts = new int[3];
    int k = 0;
    while (k < n) {
      if (ipiv[k] > 0) {
        count(counts, d[k * n + k]);
        k++;
      } else {
        double p = d[k * n + k];
        double q = d[k * n + k + 1];
        double r = d[(k + 1) * n + k + 1];
        double det = Math.fma(p, r, -q * q);
        if (det < 0) {
          counts[0]++;
          counts[2]++;
        } else if (det > 0) {
          count(counts, p);
          count(counts, p);
        } else {
          counts[1]++;
          count(counts, p + r);
        }
        k += 2;
      }
    }
    return counts;
  }

  private static void count(int[] counts, double x) {
    counts[x > 0 ? 0 : x < 0 ? 2 : 1]++;
  }

  @Override
  public double[] multiply(double[] a, int n, double[] v, int m) {
    check(a, n);
    if (v.length != (long) n * m) {
      throw new IllegalArgumentException("expected " + m + " vectors of length " + n + ", got "
          + v.length + " numbers");
    }
    pin();
    try (DoublePointer am = new DoublePointer(a); DoublePointer vm = new DoublePointer(v);
        DoublePointer c = new DoublePointer((long) n * m)) {
      // column-major: side = Left (141), uplo = Lower (122)
      openblas.cblas_dsymm(COL_MAJOR, 141, 122, n, m, 1.0, am, n, vm, n, 0.0, c, n);
      double[] out = new double[n * m];
      c.get(out);
      return out;
    }
  }

  @Override
  public double[] product(boolean transA, boolean transB, int m, int n, int k, double[] a,
      double[] b) {
    if (m < 0 || n < 0 || k < 0 || a.length != (long) m * k || b.length != (long) k * n) {
      throw new IllegalArgumentException("product of an m x k and a k x n matrix: m = " + m
          + ", n = " + n + ", k = " + k + " but got " + a.length + " and " + b.length
          + " numbers");
    }
    if (!Native.ERROR.isEmpty()) {
      throw new IllegalStateException("native LAPACK is not available: " + Native.ERROR);
    }
    double[] out = new double[m * n];
    if (m == 0 || n == 0 || k == 0) {
      return out;
    }
    pin();
    try (DoublePointer am = new DoublePointer(a); DoublePointer bm = new DoublePointer(b);
        DoublePointer c = new DoublePointer((long) m * n)) {
      // leading dimensions are the stored row lengths
      openblas.cblas_dgemm(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n,
          k, 1.0, am, transA ? m : k, bm, transB ? k : n, 0.0, c, n);
      c.get(out);
      return out;
    }
  }

  private static void check(double[] a, int n) {
    if (n < 1 || a.length != (long) n * n) {
      throw new IllegalArgumentException("expected an n x n matrix with n >= 1, got n = " + n
          + " and " + a.length + " numbers");
    }
    if (!Native.ERROR.isEmpty()) {
      throw new IllegalStateException("native LAPACK is not available: " + Native.ERROR);
    }
  }

  /** Sets OpenBLAS's thread count to the pinned value (cheap; guards against other callers). */
  /** Sets OpenBLAS's thread count to {@link #threads()} if something changed it (LA3). */
  static void pin() {
    int t = threads();
    if (openblas_nolapack.blas_get_num_threads() != t) {
      openblas_nolapack.blas_set_num_threads(t);
    }
  }

  /** Loads the native libraries once; ERROR is empty when they loaded. */
  private static final class Native {
    static final String ERROR = load();

    private static String load() {
      try {
        Loader.load(openblas.class);
        openblas_nolapack.blas_set_num_threads(threads());
        return "";
      } catch (Throwable t) {
        return t.toString();
      }
    }
  }
}
