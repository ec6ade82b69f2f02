package org.knotwork.multivariate.net;

import org.knotwork.common.io.InputException;

/**
 * Shape and finiteness checks shared by this module's records; each failure is an
 * {@link InputException} whose one-line message starts with the field's name. Internal helper.
 */
public final class Checks {
  private Checks() {}

  /** A copy of {@code a}, every entry finite. */
  public static double[] finiteCopy(String name, double[] a) {
    if (a == null) {
      throw new InputException(name + " is missing");
    }
    for (int i = 0; i < a.length; i++) {
      if (!Double.isFinite(a[i])) {
        throw new InputException(name + "[" + i + "] must be finite, got " + a[i]);
      }
    }
    return a.clone();
  }

  /** A deep copy of an H x d matrix with H &ge; 1, d &ge; 1, every row of length d, finite. */
  static double[][] finiteMatrix(String name, double[][] m) {
    if (m == null || m.length == 0) {
      throw new InputException(name + " must have at least one row (one neuron)");
    }
    if (m[0] == null || m[0].length == 0) {
      throw new InputException(name + "[0] must have at least one entry (d >= 1)");
    }
    int d = m[0].length;
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      if (m[i] == null || m[i].length != d) {
        throw new InputException(name + "[" + i + "] has "
            + (m[i] == null ? 0 : m[i].length) + " entries, expected d = " + d);
      }
      out[i] = finiteCopy(name + "[" + i + "]", m[i]);
    }
    return out;
  }

  /** Requires {@code a.length == n}, the size of the field {@code other}. */
  public static void sameLength(String name, double[] a, String other, int n) {
    if (a.length != n) {
      throw new InputException(name + " has " + a.length + " entries, expected " + n
          + " to match " + other);
    }
  }

  /** Requires x finite. */
  public static void finite(String name, double x) {
    if (!Double.isFinite(x)) {
      throw new InputException(name + " must be finite, got " + x);
    }
  }

  static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  static void checkPoint(double[] x, int d) {
    if (x.length != d) {
      throw new InputException("x has " + x.length + " entries, expected d = " + d);
    }
  }

  static void checkPermutation(int[] perm, int h) {
    if (perm.length != h) {
      throw new InputException("perm has " + perm.length + " entries, width is " + h);
    }
    boolean[] seen = new boolean[h];
    for (int k = 0; k < h; k++) {
      if (perm[k] < 0 || perm[k] >= h || seen[perm[k]]) {
        throw new InputException("perm is not a permutation of 0.." + (h - 1));
      }
      seen[perm[k]] = true;
    }
  }
}
