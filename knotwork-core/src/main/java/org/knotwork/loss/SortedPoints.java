package org.knotwork.loss;

import java.util.Arrays;

/**
 * Points sorted once, centred at their mean, with prefix and suffix moments of the centred inputs.
 * The reusable half of the production path: built in O(N log N), then every evaluation at new
 * parameters costs O(N + H log N), or O(N + H) when each cut is searched from its previous value
 * ({@link #firstTrueNear}).
 */
final class SortedPoints {
  /** Cut predicate: xs[k] &gt; t. */
  static final int ABOVE = 0;
  /** Cut predicate: xs[k] &ge; t. */
  static final int AT_LEAST = 1;
  /** Cut predicate: (w&middot;xs[k] + t &gt; 0) == (w &gt; 0), i.e. the unit's activity switches. */
  static final int SWITCH = 2;

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
    xs = x.clone();
    Arrays.sort(xs);
    order = stableOrder(x, xs);
    double sum = 0;
    for (int k = 0; k < n; k++) {
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

  /**
   * The stable sorting permutation of {@code x} under {@link Double#compare} (equal values keep their
   * input order), given {@code sorted}, the values sorted by {@link Arrays#sort(double[])}, which uses
   * the same total order. Each index goes to the first slot of its value plus the number of equal
   * values already placed: no boxing, O(N log N).
   */
  private static int[] stableOrder(double[] x, double[] sorted) {
    int n = x.length;
    int[] order = new int[n];
    int[] placed = new int[n];
    for (int i = 0; i < n; i++) {
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (Double.compare(sorted[mid], x[i]) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      order[lo + placed[lo]++] = i;
    }
    return order;
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
    return firstTrue(ABOVE, 0.0, t, 0, n);
  }

  /** First k with xs[k] &ge; t (n if none). */
  int firstAtLeast(double t) {
    return firstTrue(AT_LEAST, 0.0, t, 0, n);
  }

  /**
   * First k with w&middot;xs[k] + b &gt; 0 for w &gt; 0, or with w&middot;xs[k] + b &le; 0 for w &lt; 0.
   * Floating-point w&middot;x + b is monotone in x, so this reproduces the elementwise test exactly.
   */
  int firstSwitch(double w, double b) {
    return firstTrue(SWITCH, w, b, 0, n);
  }

  /**
   * The first k at which the monotone predicate {@code kind} (false, ..., false, true, ..., true along
   * the sorted points) holds, n if none, found by galloping from {@code hint}: O(1 + log d) probes
   * when the answer is d places from the hint. The answer does not depend on the hint, so this
   * returns exactly what a binary search over all points returns. A hint outside [0, n] means a plain
   * binary search.
   */
  int firstTrueNear(int kind, double w, double t, int hint) {
    if (hint < 0 || hint > n) {
      return firstTrue(kind, w, t, 0, n);
    }
    if (hint == n || test(kind, hint, w, t)) {
      int hi = hint; // the predicate holds at hi (or hi == n): gallop left
      int step = 1;
      while (true) {
        if (step > hi) {
          return firstTrue(kind, w, t, 0, hi);
        }
        int probe = hi - step;
        if (!test(kind, probe, w, t)) {
          return firstTrue(kind, w, t, probe + 1, hi);
        }
        hi = probe;
        step <<= 1;
      }
    }
    int lo = hint + 1; // the predicate fails everywhere below lo: gallop right
    int step = 1;
    while (true) {
      if (step > n - lo) {
        return firstTrue(kind, w, t, lo, n);
      }
      int probe = lo + step - 1;
      if (test(kind, probe, w, t)) {
        return firstTrue(kind, w, t, lo, probe);
      }
      lo = probe + 1;
      step <<= 1;
    }
  }

  /** Binary search in [lo, hi) for the first k where the predicate holds; hi if none. */
  private int firstTrue(int kind, double w, double t, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (test(kind, mid, w, t)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private boolean test(int kind, int k, double w, double t) {
    return holds(kind, xs[k], w, t);
  }

  /** The cut predicate {@code kind} at the point x. */
  static boolean holds(int kind, double x, double w, double t) {
    switch (kind) {
      case ABOVE:
        return x > t;
      case AT_LEAST:
        return x >= t;
      default:
        return (w * x + t > 0) == (w > 0);
    }
  }
}
