package org.knotwork.net;

/** Argument checks shared by the value types; messages name the field and what was expected. */
final class Checks {
  private Checks() {}

  static double[] finiteCopy(String field, double[] a) {
    if (a == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    for (int i = 0; i < a.length; i++) {
      if (!Double.isFinite(a[i])) {
        throw new IllegalArgumentException(
            field + "[" + i + "] must be a finite number, got " + a[i]);
      }
    }
    return a.clone();
  }

  static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, got " + value);
    }
    return value;
  }

  static void sameLength(String field, double[] a, String refField, int n) {
    if (a.length != n) {
      throw new IllegalArgumentException(
          field + " has " + a.length + " entries but " + refField + " has " + n);
    }
  }
}
