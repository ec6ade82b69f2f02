package org.knotwork.common.linalg;

/**
 * A dense symmetric eigen-solver, the service behind {@link SymmetricEigen} and
 * {@link Inertia#ofMatrix}: the pure-Java {@link JavaEigenBackend} (EJML) is always there; a faster
 * one (native LAPACK, module {@code knotwork-lapack}) is found by {@link java.util.ServiceLoader}
 * and chosen by {@link EigenBackends}.
 *
 * <p>Matrices are passed flat: {@code a[i * n + j]}, full storage, exactly symmetric (already
 * checked by the caller), so row-major and column-major mean the same array. Implementations never
 * modify their arguments. Eigenvectors come back flat too, vector k in {@code [k * n, (k + 1) * n)}.
 * The same arguments must give the same bytes on every call, from any Java thread
 * (docs/linalg.md (LA3)).
 */
public interface EigenBackend extends LinalgProvider {

  /**
   * All eigenvalues of the n&times;n symmetric {@code a}, ascending, and the unit eigenvectors if
   * {@code vectors} (docs/linalg.md (LA1)).
   */
  Eigenpairs solve(double[] a, int n, boolean vectors);

  /**
   * Eigenvalues number {@code first} to {@code last} (0-based, inclusive, in ascending order of all
   * n), and their vectors if {@code vectors}.
   */
  Eigenpairs solveRange(double[] a, int n, int first, int last, boolean vectors);

  /**
   * The inertia of A &minus; shift&middot;I as counts {positive, zero, negative}: the numbers of
   * eigenvalues of A above, at and below {@code shift} (Sylvester's law, docs/linalg.md (LA4)).
   */
  int[] shiftedInertia(double[] a, int n, double shift);

  /**
   * A&middot;V for the n&times;n symmetric A and m vectors stored like eigenvectors (vector k in
   * {@code [k * n, (k + 1) * n)}), returned in the same layout.
   */
  double[] multiply(double[] a, int n, double[] v, int m);

  /**
   * The general product C = op(A)&middot;op(B) of dense row-major matrices (docs/linalg.md (LA8)):
   * op(A) is m&times;k (A is stored m&times;k, or k&times;m if {@code transA}), op(B) is k&times;n (B
   * stored k&times;n, or n&times;k if {@code transB}); C comes back row-major m&times;n. With rows of
   * vectors stored like eigenvectors, A&middot;B<sup>T</sup> is the table of their dot products.
   * This default is EJML's blocked product in the calling thread; a native backend uses BLAS 3
   * ({@code dgemm}). The same arguments give the same bytes on every call (LA3).
   */
  default double[] product(boolean transA, boolean transB, int m, int n, int k, double[] a,
      double[] b) {
    return JavaEigenBackend.javaProduct(transA, transB, m, n, k, a, b);
  }

  /**
   * Eigenvalues ascending and, if computed, eigenvectors flat (vector k in {@code [k * n, (k + 1) *
   * n)}), else null.
   *
   * @param values ascending
   * @param vectors flat unit eigenvectors or null
   */
  record Eigenpairs(double[] values, double[] vectors) {
  }
}
