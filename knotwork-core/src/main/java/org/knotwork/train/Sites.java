package org.knotwork.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.data.Dataset;

/**
 * The distinct data inputs in increasing order ("sites"), each with the data indices that sit there.
 * A knot crossing a site changes the activity of all its points at once.
 */
final class Sites {
  /** Distinct inputs, ascending. */
  final double[] x;
  /** members[j] = data indices with input x[j], ascending. */
  final int[][] members;

  private Sites(double[] x, int[][] members) {
    this.x = x;
    this.members = members;
  }

  static Sites of(Dataset data) {
    int n = data.size();
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> {
      int c = Double.compare(data.x(a), data.x(b));
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<Double> xs = new ArrayList<>();
    List<int[]> ms = new ArrayList<>();
    int k = 0;
    while (k < n) {
      double v = data.x(idx[k]);
      int start = k;
      while (k < n && data.x(idx[k]) == v) {
        k++;
      }
      int[] m = new int[k - start];
      for (int q = start; q < k; q++) {
        m[q - start] = idx[q];
      }
      xs.add(v);
      ms.add(m);
    }
    double[] x = new double[xs.size()];
    for (int j = 0; j < x.length; j++) {
      x[j] = xs.get(j);
    }
    return new Sites(x, ms.toArray(new int[0][]));
  }

  /** Number of sites S. */
  int count() {
    return x.length;
  }

  /** Sum of {@code values} (data order) over the points of site j. */
  double sum(double[] values, int j) {
    double s = 0;
    for (int n : members[j]) {
      s += values[n];
    }
    return s;
  }
}
