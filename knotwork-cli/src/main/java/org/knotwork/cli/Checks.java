package org.knotwork.cli;

/** Range checks of option values; each failure names the option and what was expected. */
final class Checks {
  private Checks() {}

  /** Parses {@code LO:HI} into {lo, hi} with lo &lt; hi, or fails naming the option. */
  static double[] range(String option, String value) {
    String[] parts = value.split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(option + " must be LO:HI, got '" + value + "'");
    }
    double lo;
    double hi;
    try {
      lo = Double.parseDouble(parts[0].strip());
      hi = Double.parseDouble(parts[1].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be LO:HI with numbers, got '"
          + value + "'");
    }
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
      throw new IllegalArgumentException(option + " must be LO:HI with finite LO < HI, got '"
          + value + "'");
    }
    return new double[] {lo, hi};
  }

  /** Fails unless {@code value} is in [min, max]. */
  static void check(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(option + " must be between " + min + " and " + max
          + ", got " + value);
    }
  }

  /** Fails unless {@code value} is finite and &gt; 0. */
  static void positive(String option, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(option + " must be a finite number > 0, got " + value);
    }
  }
}
