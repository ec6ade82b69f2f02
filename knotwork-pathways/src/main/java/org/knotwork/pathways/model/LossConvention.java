package org.knotwork.pathways.model;

/**
 * The two loss conventions of notes &sect;2.1. Both sum over items and outputs; neither averages.
 */
public enum LossConvention {
  /**
   * L = &sum;<sub>i</sub> &Vert;&ycirc;<sub>i</sub> &minus; y<sub>i</sub>&Vert;<sup>2</sup>, as the
   * authors' code ({@code MSELoss(reduction='sum')}). One step with learning rate lr advances the
   * theory's time by 2 lr.
   */
  SUM,
  /**
   * L = &frac12; &sum;<sub>i</sub> &Vert;&ycirc;<sub>i</sub> &minus; y<sub>i</sub>&Vert;<sup>2</sup>,
   * the theory's convention: one step with learning rate lr advances time by lr.
   */
  HALF_SUM;

  /** The factor multiplying &sum; r<sup>2</sup> in the loss (1 or &frac12;). */
  public double lossFactor() {
    return this == SUM ? 1.0 : 0.5;
  }

  /** The factor multiplying the residual in &part;L/&part;&ycirc; (2 or 1). */
  public double gradientFactor() {
    return this == SUM ? 2.0 : 1.0;
  }

  /**
   * Gradient-flow time (theory units, &frac12;-loss) advanced by one step with learning rate lr:
   * 2 lr for {@link #SUM}, lr for {@link #HALF_SUM}.
   */
  public double timePerStep(double lr) {
    return gradientFactor() * lr;
  }
}
