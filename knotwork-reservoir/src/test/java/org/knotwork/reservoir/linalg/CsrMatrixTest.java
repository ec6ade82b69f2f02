package org.knotwork.reservoir.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CsrMatrixTest {
  // [[0, 2, 0], [1, 0, 3], [0, 0, 0]]
  private static final CsrMatrix M = new CsrMatrix(3, 3, new int[] {0, 1, 3, 3},
      new int[] {1, 0, 2}, new double[] {2, 1, 3});

  @Test
  void multipliesLikeTheDenseMatrix() {
    double[] y = new double[3];
    M.multiply(new double[] {1, 2, 3}, y);
    assertThat(y).containsExactly(4, 10, 0);
    assertThat(M.toDense()).containsExactly(0, 2, 0, 1, 0, 3, 0, 0, 0);
    assertThat(M.get(1, 2)).isEqualTo(3.0);
    assertThat(M.get(2, 2)).isEqualTo(0.0);
    assertThat(M.scaled(2).get(0, 1)).isEqualTo(4.0);
  }

  @Test
  void randomMatrixAgreesWithDenseProduct() {
    Random r = new Random(2);
    int n = 40;
    int[] start = new int[n + 1];
    java.util.List<Integer> cols = new java.util.ArrayList<>();
    java.util.List<Double> vals = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (r.nextDouble() < 0.1) {
          cols.add(j);
          vals.add(r.nextGaussian());
        }
      }
      start[i + 1] = cols.size();
    }
    CsrMatrix a = new CsrMatrix(n, n, start, cols.stream().mapToInt(Integer::intValue).toArray(),
        vals.stream().mapToDouble(Double::doubleValue).toArray());
    double[] x = r.doubles(n).toArray();
    double[] y = new double[n];
    a.multiply(x, y);
    double[] d = a.toDense();
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += d[i * n + j] * x[j];
      }
      assertThat(y[i]).isCloseTo(s, within(1e-12));
    }
  }

  @Test
  void detectsCycles() {
    assertThat(M.isAcyclic()).isFalse(); // 0 -> 1 -> 0
    CsrMatrix dag = new CsrMatrix(3, 3, new int[] {0, 1, 2, 2}, new int[] {1, 2}, new double[] {1, 1});
    assertThat(dag.isAcyclic()).isTrue();
    CsrMatrix self = new CsrMatrix(2, 2, new int[] {0, 0, 1}, new int[] {1}, new double[] {1});
    assertThat(self.isAcyclic()).isFalse();
  }

  @Test
  void rejectsInconsistentStructure() {
    assertThatThrownBy(() -> new CsrMatrix(2, 2, new int[] {0, 2, 1}, new int[] {0, 1},
        new double[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsrMatrix(1, 2, new int[] {0, 2}, new int[] {1, 0},
        new double[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increase");
    assertThatThrownBy(() -> new CsrMatrix(1, 2, new int[] {0, 1}, new int[] {2},
        new double[] {1})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column");
  }
}
