package org.knotwork.pathways.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.random.Rng;

/** The forward kernel against the plain dot product in increasing k: equal to the last bit. */
class KernelsTest {
  @Test
  void forwardEqualsTheSequentialDotProductForEveryItemGrouping() {
    Rng rng = Rng.of(3, "kernels");
    int rows = 13;
    int cols = 37;
    for (int items : new int[] {1, 3, 4, 7, 8, 9, 12, 16, 19}) {
      double[] w = new double[rows * cols];
      double[] h = new double[items * cols];
      for (int i = 0; i < w.length; i++) {
        w[i] = rng.gaussian();
      }
      for (int i = 0; i < h.length; i++) {
        h[i] = rng.gaussian();
      }
      double[] a = new double[items * rows];
      Kernels.forward(w, rows, cols, h, items, a, 0, rows);
      for (int p = 0; p < items; p++) {
        for (int i = 0; i < rows; i++) {
          double s = 0;
          for (int k = 0; k < cols; k++) {
            s += w[i * cols + k] * h[p * cols + k];
          }
          assertThat(a[p * rows + i]).as("items %d, p %d, i %d", items, p, i).isEqualTo(s);
        }
      }
    }
  }
}
