package org.knotwork.regime;

import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;

/**
 * One point of the regime experiment of notes &sect;6 (E8-E10): an antisymmetric network of width H
 * (pairs of identical neurons with opposite v, so f<sub>0</sub> &equiv; 0), knots &beta; ~
 * U(&minus;R, R), random orientations, |w| = &alpha;<sub>w</sub>, v = &plusmn;&alpha;<sub>v</sub>&middot;N(0,
 * 1/H), c = 0, trained by full-batch gradient descent with learning rate
 * {@code lrFactor}/&lambda;<sub>max</sub> of the Gauss-Newton Hessian at initialisation, until the loss
 * &frac12;&Sigma;r<sup>2</sup> falls below {@code sumLossThreshold} or {@code maxSteps} steps.
 *
 * <p>The ratio &alpha;<sub>w</sub>/&alpha;<sub>v</sub> selects the regime through the metric S13: large
 * ratios freeze the knots (kernel regime), small ones let knots and delta-slopes move together
 * (adaptive regime).
 *
 * @param width H, even and &ge; 2
 * @param alphaW first-layer scale &alpha;<sub>w</sub> &gt; 0
 * @param alphaV second-layer scale &alpha;<sub>v</sub> &gt; 0
 * @param knotRange R &gt; 0
 * @param lrFactor learning rate times &lambda;<sub>max</sub>, in (0, 2)
 * @param maxSteps step budget &ge; 1
 * @param sumLossThreshold stop when &frac12;&Sigma;r<sup>2</sup> &lt; this, &ge; 0
 * @param epsilon clustering distance for {@link OrderParameters#muMassNearData}
 * @param seed seed of the "regime-init" stream
 */
public record RegimeSpec(int width, double alphaW, double alphaV, double knotRange,
    double lrFactor, long maxSteps, double sumLossThreshold, double epsilon, long seed) {

  /** Validates every field; messages name the field and the allowed range. */
  public RegimeSpec {
    if (width < 2 || width % 2 != 0) {
      throw new IllegalArgumentException("width must be even and >= 2 (antisymmetric pairs), got "
          + width);
    }
    positive("alphaW", alphaW);
    positive("alphaV", alphaV);
    positive("knotRange", knotRange);
    if (!(lrFactor > 0 && lrFactor < 2)) {
      throw new IllegalArgumentException("lrFactor must be in (0, 2), got " + lrFactor);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
    }
    if (!(sumLossThreshold >= 0) || !Double.isFinite(sumLossThreshold)) {
      throw new IllegalArgumentException("sumLossThreshold must be finite and >= 0, got "
          + sumLossThreshold);
    }
    if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be finite and >= 0, got " + epsilon);
    }
  }

  private static void positive(String name, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + v);
    }
  }

  /**
   * The initialisation lab's spec of this point's draw before pairing: {@link InitScheme#SPREAD}
   * with knots U(&minus;knotRange, knotRange), |w| = &alpha;<sub>w</sub> (scales (&alpha;<sub>w</sub>,
   * &alpha;<sub>w</sub>, &alpha;<sub>v</sub>)), v ~ &alpha;<sub>v</sub>&middot;N(0, 1/H), c = 0.
   */
  public InitSpec initSpec() {
    return new InitSpec(InitScheme.SPREAD, width, new Scales(alphaW, alphaW, alphaV), null,
        new Interval(-knotRange, knotRange), seed);
  }

  /**
   * The notes' settings at (&alpha;<sub>w</sub>, &alpha;<sub>v</sub>): H = 1000, R = 2, learning rate
   * 0.5/&lambda;<sub>max</sub>, at most 4&middot;10<sup>5</sup> steps, stop at &frac12;&Sigma;r<sup>2</sup>
   * &lt; 10<sup>&minus;10</sup>, &epsilon; = 0.02.
   */
  public static RegimeSpec notes(double alphaW, double alphaV, long seed) {
    return new RegimeSpec(1000, alphaW, alphaV, 2.0, 0.5, 400_000, 1e-10, 0.02, seed);
  }

  /** This spec with another width. */
  public RegimeSpec withWidth(int h) {
    return new RegimeSpec(h, alphaW, alphaV, knotRange, lrFactor, maxSteps, sumLossThreshold,
        epsilon, seed);
  }

  /** This spec with another step budget. */
  public RegimeSpec withMaxSteps(long steps) {
    return new RegimeSpec(width, alphaW, alphaV, knotRange, lrFactor, steps, sumLossThreshold,
        epsilon, seed);
  }
}
