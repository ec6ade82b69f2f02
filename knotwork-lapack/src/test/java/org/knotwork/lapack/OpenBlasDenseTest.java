package org.knotwork.lapack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.DenseBlas;
import org.knotwork.common.linalg.DenseBlases;
import org.knotwork.common.random.Rng;

/**
 * OpenBLAS's gemm against the pure-Java provider's plain loops (LB1) on every transpose, with padded
 * leading dimensions and the shapes of the pathways step; repeated and concurrent calls give the
 * same bytes (LB2); ServiceLoader finds the provider by name.
 */
class OpenBlasDenseTest {
  private static final DenseBlas NATIVE = DenseBlases.named("openblas");

  @Test
  void foundByName() {
    assertThat(NATIVE).isInstanceOf(OpenBlasDense.class);
    assertThat(NATIVE.available()).as(NATIVE.unavailableReason()).isTrue();
  }

  @Test
  void agreesWithTheJavaLoopsOnEveryTranspose() {
    int[][] shapes = {{7, 5, 3}, {8, 120, 130}, {130, 120, 8}, {1, 1, 1}, {3, 0, 2}};
    for (int[] s : shapes) {
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          String stream = s[0] + "x" + s[1] + "x" + s[2] + ta + tb;
          double[] nat = run(NATIVE, Rng.of(11, stream), ta, tb, s[0], s[1], s[2]);
          double[] ref = run(DenseBlases.java(), Rng.of(11, stream), ta, tb, s[0], s[1], s[2]);
          double scale = 1e-14 * Math.sqrt(s[2] + 1);
          for (int i = 0; i < ref.length; i++) {
            assertThat(nat[i]).as("shape %d %d %d ta %b tb %b entry %d", s[0], s[1], s[2], ta, tb,
                i).isCloseTo(ref[i], within(scale * (1 + Math.abs(ref[i]))));
          }
        }
      }
    }
  }

  /**
   * C = 0.5 op(A) op(B) - 0.25 C with leading dimensions padded by one and operands starting 1, 2
   * and 3 doubles into their buffers; inputs from rng.
   */
  private static double[] run(DenseBlas blas, Rng rng, boolean ta, boolean tb, int m, int n,
      int k) {
    int lda = (ta ? m : k) + 1;
    int ldb = (tb ? k : n) + 1;
    int ldc = n + 1;
    double[] a = gaussian(rng, 1 + (ta ? k : m) * lda);
    double[] b = gaussian(rng, 2 + (tb ? n : k) * ldb);
    double[] c = gaussian(rng, 3 + m * ldc);
    try (DenseBlas.Buffer ab = blas.allocate(a.length); DenseBlas.Buffer bb = blas.allocate(b.length);
        DenseBlas.Buffer cb = blas.allocate(c.length)) {
      ab.put(a, 0, 0, a.length);
      bb.put(b, 0, 0, b.length);
      cb.put(c, 0, 0, c.length);
      blas.gemm(ta, tb, m, n, k, 0.5, ab, 1, lda, bb, 2, ldb, -0.25, cb, 3, ldc);
      cb.get(0, c, 0, c.length);
      return c;
    }
  }

  @Test
  void sameBytesWhenRepeatedAndFromSeveralThreads() throws Exception {
    double[] first = run(NATIVE, Rng.of(5, "rep"), false, true, 8, 300, 300);
    assertThat(run(NATIVE, Rng.of(5, "rep"), false, true, 8, 300, 300)).containsExactly(first);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<double[]>> results = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        results.add(pool.submit(() -> run(NATIVE, Rng.of(5, "rep"), false, true, 8, 300, 300)));
      }
      for (Future<double[]> f : results) {
        assertThat(f.get()).containsExactly(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void buffersCheckTheirBoundsAndOwner() {
    try (DenseBlas.Buffer b = NATIVE.allocate(4)) {
      assertThatThrownBy(() -> b.put(new double[5], 0, 0, 5))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> b.get(2, new double[4], 0, 3))
          .isInstanceOf(IndexOutOfBoundsException.class);
      double[] back = new double[4];
      b.put(new double[] {1, 2, 3, 4}, 1, 1, 3);
      b.get(0, back, 0, 4);
      assertThat(back).containsExactly(0, 2, 3, 4);
      DenseBlas.Buffer heap = DenseBlases.java().allocate(4);
      assertThatThrownBy(() -> NATIVE.gemm(false, false, 2, 2, 2, 1, heap, 0, 2, b, 0, 2, 0, b, 0,
          2))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another provider");
    }
  }

  private static double[] gaussian(Rng rng, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.gaussian();
    }
    return v;
  }
}
