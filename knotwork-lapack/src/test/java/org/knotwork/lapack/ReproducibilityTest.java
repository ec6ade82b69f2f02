package org.knotwork.lapack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.openblas.presets.openblas_nolapack;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.EigenBackend;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.common.random.Rng;

/**
 * Same bytes from the native backend on every call (docs/linalg.md (LA3)): repeated solves, solves
 * from several Java threads at once, and solves after someone changed OpenBLAS's thread count (the
 * backend pins it again) give bit-identical eigenvalues, eigenvectors, ranges and inertia.
 */
class ReproducibilityTest {
  private static final LapackEigenBackend NATIVE = new LapackEigenBackend();
  private static final int N = 260;

  private record Result(double[] values, double[] vectors, double[] range, int[] inertia) {
    void assertSame(Result o, String what) {
      // isEqualTo on primitive arrays is Arrays.equals (containsExactly is quadratic in the length)
      assertThat(bits(o.values)).as(what + ": values").isEqualTo(bits(values));
      assertThat(bits(o.vectors)).as(what + ": vectors").isEqualTo(bits(vectors));
      assertThat(bits(o.range)).as(what + ": range").isEqualTo(bits(range));
      assertThat(o.inertia).as(what + ": inertia").isEqualTo(inertia);
    }
  }

  private static long[] bits(double[] x) {
    long[] b = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = Double.doubleToRawLongBits(x[i]);
    }
    return b;
  }

  private static double[] matrix(long seed) {
    double[][] a = Matrices.randomSymmetric(N, Rng.of(seed, "repro"));
    double[] flat = new double[N * N];
    for (int i = 0; i < N; i++) {
      System.arraycopy(a[i], 0, flat, i * N, N);
    }
    return flat;
  }

  private static Result solve(double[] a) {
    EigenBackend.Eigenpairs full = NATIVE.solve(a, N, true);
    EigenBackend.Eigenpairs part = NATIVE.solveRange(a, N, 10, 30, true);
    double[] range = new double[part.values().length + part.vectors().length];
    System.arraycopy(part.values(), 0, range, 0, part.values().length);
    System.arraycopy(part.vectors(), 0, range, part.values().length, part.vectors().length);
    return new Result(full.values(), full.vectors(), range, NATIVE.shiftedInertia(a, N, 0.3));
  }

  @Test
  void repeatedSolvesGiveTheSameBytes() {
    double[] a = matrix(1);
    Result first = solve(a);
    for (int r = 0; r < 3; r++) {
      first.assertSame(solve(a), "repeat " + r);
    }
    // values only (dsyevd, jobz = N: root-free QR) is its own algorithm: its bits are stable too,
    // but not those of the values that come with the vectors (divide and conquer)
    double[] valuesOnly = NATIVE.solve(a, N, false).values();
    for (int r = 0; r < 3; r++) {
      assertThat(bits(NATIVE.solve(a, N, false).values())).isEqualTo(bits(valuesOnly));
    }
  }

  @Test
  void solvesFromSeveralJavaThreadsAtOnceGiveTheBytesOfASequentialSolve() throws Exception {
    List<double[]> mats = new ArrayList<>();
    List<Result> sequential = new ArrayList<>();
    for (long s = 0; s < 6; s++) {
      mats.add(matrix(100 + s));
      sequential.add(solve(mats.get((int) s)));
    }
    for (int threads : new int[] {2, 4}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Result>> futures = new ArrayList<>();
        for (double[] m : mats) {
          futures.add(pool.submit(() -> solve(m)));
        }
        for (int k = 0; k < mats.size(); k++) {
          sequential.get(k).assertSame(futures.get(k).get(), threads + " Java threads, matrix " + k);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void theNativeThreadCountIsPinnedAgainBeforeEverySolve() {
    double[] a = matrix(2);
    Result pinned = solve(a);
    assertThat(LapackEigenBackend.threads()).isEqualTo(LapackEigenBackend.DEFAULT_THREADS);
    openblas_nolapack.blas_set_num_threads(2);
    try {
      pinned.assertSame(solve(a), "after someone set 2 native threads");
      assertThat(openblas_nolapack.blas_get_num_threads())
          .isEqualTo(LapackEigenBackend.DEFAULT_THREADS);
    } finally {
      openblas_nolapack.blas_set_num_threads(LapackEigenBackend.DEFAULT_THREADS);
    }
  }

  @Test
  void inertiaThroughTheCommonApiIsStable() {
    double[][] a = Matrices.randomSymmetric(120, Rng.of(3, "inertia"));
    Inertia first = Inertia.ofMatrix(a, 0.25, NATIVE);
    for (int r = 0; r < 3; r++) {
      assertThat(Inertia.ofMatrix(a, 0.25, NATIVE)).isEqualTo(first);
    }
  }
}
