package org.knotwork.loss;

import java.util.Arrays;

/**
 * Points sorted once, centred at their mean, with prefix and suffix moments of the centred inputs.
 * The reusable half of the production path: built in O(N log N), then every evaluation at new
 * parameters costs O(N + H log N).
 */
final class SortedPoints {
  final int n;
  /** Sorted inputs. */
  final double[] xs;
  /** Sorted inputs minus {@link #center}. */
  final double[] xc;
  /** order[k] = index in the caller's array of the k-th smallest point. */
  final int[] order;
  /** Mean of the inputs; all moments are taken about it to limit cancellation. */
  final double center;
  /** pre1[k] = &Sigma;<sub>j&lt;k</sub> xc<sub>j</sub>; pre2 the same for xc<sup>2</sup> (length n+1). */
  final double[] pre1;
  final double[] pre2;
  /** suf1[k] = &Sigma;<sub>j&ge;k</sub> xc<sub>j</sub>; suf2 the same for xc<sup>2</sup> (length n+1). */
  final double[] suf1;
  final double[] suf2;

  SortedPoints(double[] x) {
    n = x.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (i, j) -> Double.compare(x[i], x[j]));
    order = new int[n];
    xs = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      order[k] = idx[k];
      xs[k] = x[idx[k]];
      sum += xs[k];
    }
    center = n == 0 ? 0.0 : sum / n;
    xc = new double[n];
    pre1 = new double[n + 1];
    pre2 = new double[n + 1];
    suf1 = new double[n + 1];
    suf2 = new double[n + 1];
    for (int k = 0; k < n; k++) {
      xc[k] = xs[k] - center;
      pre1[k + 1] = pre1[k] + xc[k];
      pre2[k + 1] = pre2[k] + xc[k] * xc[k];
    }
    for (int k = n - 1; k >= 0; k--) {
      suf1[k] = suf1[k + 1] + xc[k];
      suf2[k] = suf2[k + 1] + xc[k] * xc[k];
    }
  }

  /** Sorted copy of caller-ordered values. */
  double[] sorted(double[] values) {
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      out[k] = values[order[k]];
    }
    return out;
  }

  /** Caller-ordered copy of sorted values. */
  double[] unsorted(double[] sortedValues) {
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      out[order[k]] = sortedValues[k];
    }
    return out;
  }

  /** First k with xs[k] &gt; t (n if none). */
  int firstAbove(double t) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (xs[mid] > t) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** First k with xs[k] &ge; t (n if none). */
  int firstAtLeast(double t) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (xs[mid] >= t) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * First k with w&middot;xs[k] + b &gt; 0 for w &gt; 0, or with w&middot;xs[k] + b &le; 0 for w &lt; 0.
   * Floating-point w&middot;x + b is monotone in x, so this reproduces the elementwise test exactly.
   */
  int firstSwitch(double w, double b) {
    int lo = 0;
    int hi = n;
    boolean up = w > 0;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      boolean active = w * xs[mid] + b > 0;
      if (active == up) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
