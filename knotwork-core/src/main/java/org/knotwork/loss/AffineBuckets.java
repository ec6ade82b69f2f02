package org.knotwork.loss;

/**
 * Sums of per-neuron affine pieces over their active intervals, for all sorted points at once:
 * out[k] = constant + &Sigma;<sub>i active at k</sub> (&alpha;<sub>i</sub>&middot;xc<sub>k</sub> +
 * &gamma;<sub>i</sub>), in O(N + H). Each piece is dropped into the bucket of its cut; right-facing
 * pieces are then accumulated from the left and left-facing ones from the right, so no term is ever
 * subtracted. The buckets are reusable: they are zero before and after every {@link #sum}. A bucket's
 * &alpha; and &gamma; sit side by side, so dropping a piece touches one cache line.
 */
final class AffineBuckets {
  /** right[2k], right[2k+1]: &Sigma;&alpha;, &Sigma;&gamma; of right-facing pieces with cut k. */
  private final double[] right;
  /** The same for left-facing pieces. */
  private final double[] left;

  AffineBuckets(int n) {
    right = new double[2 * (n + 1)];
    left = new double[2 * (n + 1)];
  }

  /** Writes the sums into {@code out} (length N, sorted order). */
  void sum(ActiveIntervals a, double[] alpha, double[] gamma, double constant, SortedPoints pts,
      double[] out) {
    int n = pts.n;
    double[] xc = pts.xc;
    for (int i = 0; i < a.h; i++) {
      double[] buckets = a.right[i] ? right : left;
      int k = 2 * a.cut[i];
      buckets[k] += alpha[i];
      buckets[k + 1] += gamma[i];
    }
    double sa = 0;
    double sg = 0;
    for (int k = 0; k < n; k++) {
      sa += right[2 * k];
      sg += right[2 * k + 1];
      right[2 * k] = 0;
      right[2 * k + 1] = 0;
      out[k] = constant + (sa * xc[k] + sg);
    }
    right[2 * n] = 0; // pieces active nowhere
    right[2 * n + 1] = 0;
    sa = 0;
    sg = 0;
    for (int k = n - 1; k >= 0; k--) {
      sa += left[2 * k + 2];
      sg += left[2 * k + 3];
      left[2 * k + 2] = 0;
      left[2 * k + 3] = 0;
      out[k] += sa * xc[k] + sg;
    }
    left[0] = 0;
    left[1] = 0;
  }
}
