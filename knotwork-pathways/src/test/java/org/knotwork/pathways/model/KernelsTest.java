package org.knotwork.pathways.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;

/**
 * The kernels against plain loops in the documented summation order (equal to the last bit), so
 * that any faster rewrite can be checked to keep results bit-identical.
 */
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

  @Test
  void weightUpdateEqualsTwoPassesOfFourItems() {
    Rng rng = Rng.of(4, "kernels");
    int rows = 6;
    int cols = 11;
    for (int items : new int[] {4, 8, 9, 12, 16}) {
      double[] w = new double[rows * cols];
      double[] h = new double[items * cols];
      double[] delta = new double[items * rows];
      for (double[] v : new double[][] {w, h, delta}) {
        for (int i = 0; i < v.length; i++) {
          v[i] = rng.gaussian();
        }
      }
      double coef = -0.01;
      double[] expected = w.clone();
      for (int i = 0; i < rows; i++) {
        int p = 0;
        for (; p + 3 < items; p += 4) {
          for (int k = 0; k < cols; k++) {
            double sum = 0;
            for (int q = p; q < p + 4; q++) {
              double term = coef * delta[q * rows + i] * h[q * cols + k];
              sum = q == p ? term : sum + term;
            }
            expected[i * cols + k] += sum;
          }
        }
        for (; p < items; p++) {
          for (int k = 0; k < cols; k++) {
            expected[i * cols + k] += coef * delta[p * rows + i] * h[p * cols + k];
          }
        }
      }
      double[] t = w.clone();
      Kernels.backward(w.clone(), rows, cols, delta, h, items, null, t, coef, 0, rows, 0, cols);
      assertThat(t).as("items %d", items).containsExactly(expected);
    }
  }
}
