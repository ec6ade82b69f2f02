package org.knotwork.pathways.model;

/**
 * The dense loops of forward and backward passes on item-major activations (P rows) and row-major
 * weights. Each output element is computed by one call in a fixed summation order, so splitting the
 * ranges across threads never changes a bit of the result.
 */
final class Kernels {
  private Kernels() {}

  /**
   * a[p][i] = &sum;<sub>k</sub> w[i][k] h[p][k] for rows i in [i0, i1) and all p.
   *
   * @param w rows &times; cols
   * @param h items &times; cols
   * @param a items &times; rows (written)
   */
  static void forward(double[] w, int rows, int cols, double[] h, int items, double[] a,
      int i0, int i1) {
    for (int i = i0; i < i1; i++) {
      int wo = i * cols;
      int p = 0;
      // eight items per pass: eight independent sums hide the latency of the additions (each sum
      // still runs over k in increasing order, so the bits are those of the plain loop)
      for (; p + 7 < items; p += 8) {
        int h0 = p * cols;
        int h1 = h0 + cols;
        int h2 = h1 + cols;
        int h3 = h2 + cols;
        int h4 = h3 + cols;
        int h5 = h4 + cols;
        int h6 = h5 + cols;
        int h7 = h6 + cols;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int k = 0; k < cols; k++) {
          double x = w[wo + k];
          s0 += x * h[h0 + k];
          s1 += x * h[h1 + k];
          s2 += x * h[h2 + k];
          s3 += x * h[h3 + k];
          s4 += x * h[h4 + k];
          s5 += x * h[h5 + k];
          s6 += x * h[h6 + k];
          s7 += x * h[h7 + k];
        }
        a[p * rows + i] = s0;
        a[(p + 1) * rows + i] = s1;
        a[(p + 2) * rows + i] = s2;
        a[(p + 3) * rows + i] = s3;
        a[(p + 4) * rows + i] = s4;
        a[(p + 5) * rows + i] = s5;
        a[(p + 6) * rows + i] = s6;
        a[(p + 7) * rows + i] = s7;
      }
      for (; p + 3 < items; p += 4) {
        int h0 = p * cols;
        int h1 = h0 + cols;
        int h2 = h1 + cols;
        int h3 = h2 + cols;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int k = 0; k < cols; k++) {
          double x = w[wo + k];
          s0 += x * h[h0 + k];
          s1 += x * h[h1 + k];
          s2 += x * h[h2 + k];
          s3 += x * h[h3 + k];
        }
        a[p * rows + i] = s0;
        a[(p + 1) * rows + i] = s1;
        a[(p + 2) * rows + i] = s2;
        a[(p + 3) * rows + i] = s3;
      }
      for (; p < items; p++) {
        int h0 = p * cols;
        double s0 = 0;
        for (int k = 0; k < cols; k++) {
          s0 += w[wo + k] * h[h0 + k];
        }
        a[p * rows + i] = s0;
      }
    }
  }

  /**
   * Fused backward step over the block rows [i0, i1) &times; columns [k0, k1) of a layer:
   * first dh[p][k] += &sum;<sub>i</sub> w[i][k] delta[p][i] (with the old w, if dh is not null;
   * rows are taken four at a time, in increasing order, and updated only after their contribution),
   * then t[i][k] += coef &sum;<sub>p</sub> delta[p][i] h[p][k].
   *
   * <p>With t = w and coef = &minus;lr this is the gradient step; with t a zeroed gradient buffer and
   * coef = 1 it writes the weight gradient &part;L/&part;w = delta<sup>T</sup> h.
   */
  static void backward(double[] w, int rows, int cols, double[] delta, double[] h, int items,
      double[] dh, double[] t, double coef, int i0, int i1, int k0, int k1) {
    int i = i0;
    for (; i + 3 < i1; i += 4) {
      int w0 = i * cols;
      int w1 = w0 + cols;
      int w2 = w1 + cols;
      int w3 = w2 + cols;
      if (dh != null) {
        for (int p = 0; p < items; p++) {
          int d0 = p * rows + i;
          double g0 = delta[d0];
          double g1 = delta[d0 + 1];
          double g2 = delta[d0 + 2];
          double g3 = delta[d0 + 3];
          int ho = p * cols;
          for (int k = k0; k < k1; k++) {
            dh[ho + k] += g0 * w[w0 + k] + g1 * w[w1 + k] + g2 * w[w2 + k] + g3 * w[w3 + k];
          }
        }
      }
      for (int r = i; r < i + 4; r++) {
        update(rows, cols, delta, h, items, t, coef, r, k0, k1);
      }
    }
    for (; i < i1; i++) {
      int w0 = i * cols;
      if (dh != null) {
        for (int p = 0; p < items; p++) {
          double g0 = delta[p * rows + i];
          int ho = p * cols;
          for (int k = k0; k < k1; k++) {
            dh[ho + k] += g0 * w[w0 + k];
          }
        }
      }
      update(rows, cols, delta, h, items, t, coef, i, k0, k1);
    }
  }

  /** t[i][k] += coef &sum;<sub>p</sub> delta[p][i] h[p][k] for k in [k0, k1). */
  private static void update(int rows, int cols, double[] delta, double[] h, int items,
      double[] t, double coef, int i, int k0, int k1) {
    int wo = i * cols;
    int p = 0;
    for (; p + 3 < items; p += 4) {
      double g0 = coef * delta[p * rows + i];
      double g1 = coef * delta[(p + 1) * rows + i];
      double g2 = coef * delta[(p + 2) * rows + i];
      double g3 = coef * delta[(p + 3) * rows + i];
      int h0 = p * cols;
      int h1 = h0 + cols;
      int h2 = h1 + cols;
      int h3 = h2 + cols;
      for (int k = k0; k < k1; k++) {
        t[wo + k] += g0 * h[h0 + k] + g1 * h[h1 + k] + g2 * h[h2 + k] + g3 * h[h3 + k];
      }
    }
    for (; p < items; p++) {
      double g0 = coef * delta[p * rows + i];
      int h0 = p * cols;
      for (int k = k0; k < k1; k++) {
        t[wo + k] += g0 * h[h0 + k];
      }
    }
  }
}
