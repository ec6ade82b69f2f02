package org.knotwork.landscape;

/**
 * The loss along a one-parameter family &theta;(t).
 *
 * @param t the parameter values
 * @param loss L(&theta;(t)) at each t
 */
public record Slice1D(double[] t, double[] loss) {

  /** Validates equal lengths and copies. */
  public Slice1D {
    if (t.length != loss.length) {
      throw new IllegalArgumentException(
          "t has " + t.length + " entries but loss has " + loss.length);
    }
    t = t.clone();
    loss = loss.clone();
  }

  @Override
  public double[] t() {
    return t.clone();
  }

  @Override
  public double[] loss() {
    return loss.clone();
  }

  /** max L &minus; min L over the slice. */
  public double range() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double l : loss) {
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
    }
    return hi - lo;
  }
}
