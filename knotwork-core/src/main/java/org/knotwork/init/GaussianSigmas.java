package org.knotwork.init;

/**
 * Standard deviations of the {@link InitScheme#GAUSSIAN} scheme, used as given (no fan scaling).
 *
 * @param w &sigma;<sub>w</sub> &gt; 0 of the first-layer weights
 * @param b &sigma;<sub>b</sub> &ge; 0 of the first-layer biases (0: every knot at 0)
 * @param v &sigma;<sub>v</sub> &gt; 0 of the second-layer weights
 * @param c &sigma;<sub>c</sub> &ge; 0 of the output bias
 */
public record GaussianSigmas(double w, double b, double v, double c) {

  /** Validates the ranges above; every value must be finite. */
  public GaussianSigmas {
    Scales.positive("sigma-w", w);
    nonNegative("sigma-b", b);
    Scales.positive("sigma-v", v);
    nonNegative("sigma-c", c);
  }

  private static void nonNegative(String field, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite and >= 0, got " + value);
    }
  }
}
