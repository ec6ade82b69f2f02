package org.knotwork.common.catalog;

/**
 * The acceptance region of a measurement.
 *
 * @param relation how the value is compared
 * @param a the bound, or the lower end for {@link Relation#WITHIN}
 * @param b the upper end for {@link Relation#WITHIN} (ignored otherwise)
 */
public record Bound(Relation relation, double a, double b) {

  /** How a value is compared with the bound. */
  public enum Relation {
    /** No check: the value is reported only. */
    NONE,
    /** value &lt; a. */
    BELOW,
    /** value &le; a. */
    AT_MOST,
    /** value &gt; a. */
    ABOVE,
    /** value &ge; a. */
    AT_LEAST,
    /** a &le; value &le; b. */
    WITHIN
  }

  /** Validates presence and, for {@link Relation#WITHIN}, a &le; b. */
  public Bound {
    if (relation == null) {
      throw new IllegalArgumentException("relation is required");
    }
    if (relation == Relation.WITHIN && !(a <= b)) {
      throw new IllegalArgumentException("a WITHIN bound needs a <= b, got [" + a + ", " + b + "]");
    }
  }

  /** No check. */
  public static final Bound NONE = new Bound(Relation.NONE, Double.NaN, Double.NaN);

  /** Whether {@code value} is accepted (NaN never is, unless there is no check). */
  public boolean accepts(double value) {
    return switch (relation) {
      case NONE -> true;
      case BELOW -> value < a;
      case AT_MOST -> value <= a;
      case ABOVE -> value > a;
      case AT_LEAST -> value >= a;
      case WITHIN -> value >= a && value <= b;
    };
  }

  /** The bound in words, e.g. "< 0.05" or "in [34.3, 35.0]" ("" for none). */
  public String text() {
    return switch (relation) {
      case NONE -> "";
      case BELOW -> "< " + fmt(a);
      case AT_MOST -> "<= " + fmt(a);
      case ABOVE -> "> " + fmt(a);
      case AT_LEAST -> ">= " + fmt(a);
      case WITHIN -> "in [" + fmt(a) + ", " + fmt(b) + "]";
    };
  }

  public static String fmt(double x) {
    String s = String.format(java.util.Locale.ROOT, "%.6g", x);
    int e = s.indexOf('e');
    String mantissa = e < 0 ? s : s.substring(0, e);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return e < 0 ? mantissa : mantissa + s.substring(e);
  }
}
