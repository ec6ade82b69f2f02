package org.knotwork.common.catalog;

/**
 * One measured number of a claim, with the region it must lie in.
 *
 * @param name what was measured, e.g. {@code clustering fraction (0.25, 4)}
 * @param value the number
 * @param bound where it must lie ({@link Bound#NONE} for a reported-only number)
 */
public record Measurement(String name, double value, Bound bound) {

  /** Validates presence. */
  public Measurement {
    if (name == null || name.isBlank() || bound == null) {
      throw new IllegalArgumentException("name and bound are required");
    }
  }

  /** Whether the value lies in its bound. */
  public boolean passed() {
    return bound.accepts(value);
  }

  /** Whether this number is checked (not only reported). */
  public boolean checked() {
    return bound.relation() != Bound.Relation.NONE;
  }

  /** A reported-only number. */
  public static Measurement info(String name, double value) {
    return new Measurement(name, value, Bound.NONE);
  }

  /** value &lt; limit. */
  public static Measurement below(String name, double value, double limit) {
    return new Measurement(name, value, new Bound(Bound.Relation.BELOW, limit, Double.NaN));
  }

  /** value &le; limit. */
  public static Measurement atMost(String name, double value, double limit) {
    return new Measurement(name, value, new Bound(Bound.Relation.AT_MOST, limit, Double.NaN));
  }

  /** value &gt; limit. */
  public static Measurement above(String name, double value, double limit) {
    return new Measurement(name, value, new Bound(Bound.Relation.ABOVE, limit, Double.NaN));
  }

  /** value &ge; limit. */
  public static Measurement atLeast(String name, double value, double limit) {
    return new Measurement(name, value, new Bound(Bound.Relation.AT_LEAST, limit, Double.NaN));
  }

  /** lo &le; value &le; hi. */
  public static Measurement within(String name, double value, double lo, double hi) {
    return new Measurement(name, value, new Bound(Bound.Relation.WITHIN, lo, hi));
  }

  /** |value &minus; target| &le; tolerance. */
  public static Measurement near(String name, double value, double target, double tolerance) {
    return within(name, value, target - tolerance, target + tolerance);
  }
}
