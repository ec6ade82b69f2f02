package org.knotwork.common.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;

/**
 * The pure-Java provider against a hand-computed product and against explicitly transposed
 * matrices multiplied entry by entry (LB1); argument checks; the choice rule of DenseBlases.
 */
class DenseBlasTest {
  private static final DenseBlas JAVA = DenseBlases.java();

  @Test
  void twoByTwoByHand() {
    // A = [1 2; 3 4], B = [5 6; 7 8]: AB = [19 22; 43 50], A^T B = [26 30; 38 44],
    // A B^T = [17 23; 39 53], A^T B^T = [23 31; 34 46]
    double[] a = {1, 2, 3, 4};
    double[] b = {5, 6, 7, 8};
    assertThat(product(false, false, a, b, 1, 0)).containsExactly(19, 22, 43, 50);
    assertThat(product(true, false, a, b, 1, 0)).containsExactly(26, 30, 38, 44);
    assertThat(product(false, true, a, b, 1, 0)).containsExactly(17, 23, 39, 53);
    assertThat(product(true, true, a, b, 1, 0)).containsExactly(23, 31, 34, 46);
    // alpha = 2, beta = -1 on C = [1 1; 1 1]: 2 AB - 1
    assertThat(product(false, false, a, b, 2, -1)).containsExactly(37, 43, 85, 99);
  }

  private static double[] product(boolean ta, boolean tb, double[] a, double[] b, double alpha,
      double beta) {
    try (DenseBlas.Buffer ab = JAVA.allocate(4); DenseBlas.Buffer bb = JAVA.allocate(4);
        DenseBlas.Buffer cb = JAVA.allocate(4)) {
      ab.put(a, 0, 0, 4);
      bb.put(b, 0, 0, 4);
      cb.put(new double[] {1, 1, 1, 1}, 0, 0, 4);
      JAVA.gemm(ta, tb, 2, 2, 2, alpha, ab, 0, 2, bb, 0, 2, beta, cb, 0, 2);
      double[] c = new double[4];
      cb.get(0, c, 0, 4);
      return c;
    }
  }

  @Test
  void everyTransposeWithOffsetsAndPaddedLeadingDimensionsMatchesExplicitTransposes() {
    Rng rng = Rng.of(7, "gemm");
    int m = 5;
    int n = 4;
    int k = 3;
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        int aRows = ta ? k : m;
        int aCols = ta ? m : k;
        int bRows = tb ? n : k;
        int bCols = tb ? k : n;
        int lda = aCols + 2;
        int ldb = bCols + 1;
        int ldc = n + 3;
        // operands start 3, 2 and 5 doubles into their buffers
        double[] a = gaussian(rng, 3 + aRows * lda);
        double[] b = gaussian(rng, 2 + bRows * ldb);
        double[] c = gaussian(rng, 5 + m * ldc);
        double alpha = 0.7;
        double beta = -1.3;
        double[] expected = c.clone();
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            double s = 0;
            for (int q = 0; q < k; q++) {
              double x = ta ? a[3 + q * lda + i] : a[3 + i * lda + q];
              double y = tb ? b[2 + j * ldb + q] : b[2 + q * ldb + j];
              s += x * y;
            }
            expected[5 + i * ldc + j] = alpha * s + beta * c[5 + i * ldc + j];
          }
        }
        try (DenseBlas.Buffer ab = JAVA.allocate(a.length);
            DenseBlas.Buffer bb = JAVA.allocate(b.length);
            DenseBlas.Buffer cb = JAVA.allocate(c.length)) {
          ab.put(a, 0, 0, a.length);
          bb.put(b, 0, 0, b.length);
          cb.put(c, 0, 0, c.length);
          JAVA.gemm(ta, tb, m, n, k, alpha, ab, 3, lda, bb, 2, ldb, beta, cb, 5, ldc);
          double[] got = new double[c.length];
          cb.get(0, got, 0, c.length);
          for (int i = 0; i < got.length; i++) {
            // C before its offset and its padding columns (j >= n) are untouched
            assertThat(got[i]).as("ta %b tb %b entry %d", ta, tb, i)
                .isCloseTo(expected[i], within(1e-14));
          }
        }
      }
    }
  }

  @Test
  void betaZeroIgnoresOldNonFiniteValues() {
    try (DenseBlas.Buffer a = JAVA.allocate(1); DenseBlas.Buffer b = JAVA.allocate(1);
        DenseBlas.Buffer c = JAVA.allocate(1)) {
      a.put(new double[] {3}, 0, 0, 1);
      b.put(new double[] {4}, 0, 0, 1);
      c.put(new double[] {Double.NaN}, 0, 0, 1);
      JAVA.gemm(false, false, 1, 1, 1, 1, a, 0, 1, b, 0, 1, 0, c, 0, 1);
      double[] out = new double[1];
      c.get(0, out, 0, 1);
      assertThat(out[0]).isEqualTo(12);
    }
  }

  @Test
  void badArgumentsAreNamed() {
    DenseBlas.Buffer small = JAVA.allocate(3);
    DenseBlas.Buffer four = JAVA.allocate(4);
    assertThatThrownBy(() -> JAVA.gemm(false, false, 2, 2, 2, 1, small, 0, 2, four, 0, 2, 0, four,
        0, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operand A needs 4");
    assertThatThrownBy(() -> JAVA.gemm(false, false, 2, 2, 2, 1, four, 0, 2, four, 1, 2, 0, four,
        0, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("operand B needs 4 doubles from offset 1");
    assertThatThrownBy(() -> JAVA.gemm(false, false, 2, 2, 2, 1, four, 0, 1, four, 0, 2, 0, four,
        0, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading dimension of A must be >= 2");
    assertThatThrownBy(() -> JAVA.gemm(false, false, 2, 2, 2, 1, four, 0, 2, four, 0, 2, 0, four,
        -1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset of C must be >= 0");
    assertThatThrownBy(() -> JAVA.gemm(false, false, -1, 2, 2, 1, four, 0, 2, four, 0, 2, 0, four,
        0, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m = -1");
    DenseBlas.Buffer foreign = new DenseBlas.Buffer() {
      @Override
      public long length() {
        return 4;
      }

      @Override
      public void put(double[] src, int from, long at, int count) {
      }

      @Override
      public void get(long at, double[] dst, int to, int count) {
      }

      @Override
      public void close() {
      }
    };
    assertThatThrownBy(() -> JAVA.gemm(false, false, 2, 2, 2, 1, foreign, 0, 2, four, 0, 2, 0,
        four, 0, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another provider");
    assertThatThrownBy(() -> JAVA.allocate(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void choiceRule() {
    DenseBlas missing = new Fake("fast", false);
    DenseBlas present = new Fake("native", true);
    assertThat(DenseBlases.choose("java", List.of(present))).isSameAs(DenseBlases.java());
    assertThat(DenseBlases.choose("", List.of(present))).isSameAs(DenseBlases.java());
    assertThat(DenseBlases.choose("auto", List.of(missing, present))).isSameAs(present);
    assertThat(DenseBlases.choose("auto", List.of(missing))).isSameAs(DenseBlases.java());
    assertThat(DenseBlases.choose("native", List.of(missing, present))).isSameAs(present);
    assertThatThrownBy(() -> DenseBlases.choose("fast", List.of(missing)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no library here");
    assertThatThrownBy(() -> DenseBlases.choose("mkl", List.of(present)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[auto, java, native]");
    // without a system property and without providers on this module's class path: Java
    if (System.getProperty(DenseBlases.PROPERTY) == null) {
      assertThat(DenseBlases.selected()).isSameAs(DenseBlases.java());
    }
  }

  private static double[] gaussian(Rng rng, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.gaussian();
    }
    return v;
  }

  private record Fake(String name, boolean available) implements DenseBlas {
    @Override
    public String unavailableReason() {
      return available ? "" : "no library here";
    }

    @Override
    public Buffer allocate(long length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Buffer a,
        long aOff, int lda, Buffer b, long bOff, int ldb, double beta, Buffer c, long cOff,
        int ldc) {
      throw new UnsupportedOperationException();
    }
  }
}
