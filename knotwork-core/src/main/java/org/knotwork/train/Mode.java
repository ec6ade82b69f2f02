package org.knotwork.train;

/**
 * The flow's working activation pattern (mutable; see {@link FlowMode} for the meaning of the fields).
 */
final class Mode {
  final int[] side;
  final int[] edge;
  final boolean[] pinned;
  final int[] fresh;
  final int sites;

  private Mode(int[] side, int[] edge, boolean[] pinned, int[] fresh, int sites) {
    this.side = side;
    this.edge = edge;
    this.pinned = pinned;
    this.fresh = fresh;
    this.sites = sites;
  }

  static Mode of(FlowMode m, int sites) {
    int h = m.width();
    for (int i = 0; i < h; i++) {
      int e = m.edge()[i];
      int lo = m.side()[i] > 0 ? -1 : 0;
      int hi = m.side()[i] > 0 ? sites - 1 : sites;
      if (e < lo || e > hi || (m.pinned()[i] && (e < 0 || e >= sites))
          || m.fresh()[i] < -1 || m.fresh()[i] >= sites) {
        throw new IllegalArgumentException("flow mode of neuron " + i
            + " does not fit a data set with " + sites + " distinct inputs");
      }
    }
    return new Mode(m.side(), m.edge(), m.pinned(), m.fresh(), sites);
  }

  /**
   * The pattern the parameters induce (relu'(0) = 0: a point exactly on a knot is inactive), nothing
   * pinned or fresh. Network coordinates use the sign of w<sub>i</sub>&middot;x + b<sub>i</sub>, spline
   * coordinates that of s<sub>i</sub>(x &minus; &beta;<sub>i</sub>); both are monotone in x, so each active
   * set is found by binary search.
   */
  static Mode induced(double[] theta, FlowField f) {
    int h = f.h;
    int s = f.sites.count();
    int[] side = new int[h];
    int[] edge = new int[h];
    for (int i = 0; i < h; i++) {
      int dir = f.direction(theta, i);
      if (dir == 0) {
        boolean all = f.preActivation(theta, i, 0) > 0;
        side[i] = 1;
        edge[i] = all ? -1 : s - 1;
      } else if (dir > 0) {
        side[i] = 1;
        edge[i] = firstActive(theta, f, i, true) - 1;
      } else {
        side[i] = -1;
        edge[i] = firstActive(theta, f, i, false);
      }
    }
    int[] fresh = new int[h];
    java.util.Arrays.fill(fresh, -1);
    return new Mode(side, edge, new boolean[h], fresh, s);
  }

  /** Increasing: first site with g &gt; 0; decreasing: first site with g &le; 0. */
  private static int firstActive(double[] theta, FlowField f, int i, boolean increasing) {
    int lo = 0;
    int hi = f.sites.count();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      boolean active = f.preActivation(theta, i, mid) > 0;
      if (active == increasing) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  FlowMode record() {
    return new FlowMode(side, edge, pinned, fresh);
  }

  int width() {
    return side.length;
  }

  /** Whether site j is on neuron i's active side (a pinned site is not). */
  boolean isActive(int i, int j) {
    if (pinned[i] && j == edge[i]) {
      return false;
    }
    return side[i] > 0 ? j > edge[i] : j < edge[i];
  }

  /** No active site. */
  boolean isEmpty(int i) {
    return side[i] > 0 ? edge[i] >= sites - 1 : edge[i] <= 0;
  }

  /** Every site active. */
  boolean isAll(int i) {
    return side[i] > 0 ? edge[i] == -1 : edge[i] == sites;
  }
}
