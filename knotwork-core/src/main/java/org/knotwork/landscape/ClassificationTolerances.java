package org.knotwork.landscape;

/**
 * The thresholds a classification is made at; all are reported with the result.
 *
 * @param gradient a point is critical when &Vert;&nabla;L&Vert;<sub>2</sub> (spline coordinates, the
 *     loss as normalised) &le; gradient; &gt; 0
 * @param moment S<sub>i</sub> counts as non-zero when |S<sub>i</sub>| &gt; moment &middot;
 *     &Sigma;<sub>n</sub>|r<sub>n</sub>|; in (0, 1)
 * @param silent a neuron is silent when |&mu;<sub>i</sub>| &le; silent &middot; max<sub>j</sub>|&mu;<sub>j</sub>|;
 *     in [0, 1)
 * @param contact a knot within contact &middot; (x<sub>max</sub> &minus; x<sub>min</sub>) of a data point
 *     makes the point non-smooth; in [0, 1)
 */
public record ClassificationTolerances(double gradient, double moment, double silent,
    double contact) {

  /** Validates each field. */
  public ClassificationTolerances {
    if (!(gradient > 0) || !Double.isFinite(gradient)) {
      throw new IllegalArgumentException("gradient tolerance must be finite and > 0, got "
          + gradient);
    }
    if (!(moment > 0 && moment < 1)) {
      throw new IllegalArgumentException("moment tolerance must be in (0, 1), got " + moment);
    }
    if (!(silent >= 0 && silent < 1)) {
      throw new IllegalArgumentException("silent tolerance must be in [0, 1), got " + silent);
    }
    if (!(contact >= 0 && contact < 1)) {
      throw new IllegalArgumentException("contact tolerance must be in [0, 1), got " + contact);
    }
  }

  /** gradient 1e-6, moment 1e-6, silent 1e-9, contact 1e-9. */
  public static ClassificationTolerances defaults() {
    return new ClassificationTolerances(1e-6, 1e-6, 1e-9, 1e-9);
  }

  /** The same tolerances with another gradient threshold. */
  public ClassificationTolerances withGradient(double g) {
    return new ClassificationTolerances(g, moment, silent, contact);
  }
}
