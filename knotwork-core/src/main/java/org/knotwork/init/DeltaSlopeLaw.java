package org.knotwork.init;

import org.hipparchus.special.Erf;

/**
 * The law of one delta-slope &mu; = v|w| at initialisation (S22): symmetric about 0, with
 * E[&mu;<sup>2</sup>] = E[v<sup>2</sup>]E[w<sup>2</sup>] (v and w independent for every scheme).
 */
public sealed interface DeltaSlopeLaw {

  /** Probability density of &mu; (+&infin; at 0 for the product laws). */
  double density(double mu);

  /** P(&mu; &le; t). */
  double cdf(double t);

  /** E[&mu;<sup>2</sup>]. */
  double secondMoment();

  /** E[|&mu;|]. */
  double absMean();

  /** E[&mu;<sup>4</sup>]. */
  double fourthMoment();

  /** P(&mu; &isin; [lo, hi]). */
  default double probability(Interval window) {
    return cdf(window.hi()) - cdf(window.lo());
  }

  /**
   * Product of independent Gaussians v ~ N(0, &sigma;<sub>v</sub><sup>2</sup>), w ~ N(0,
   * &sigma;<sub>w</sub><sup>2</sup>): p(&mu;) = K<sub>0</sub>(|&mu;|/&sigma;)/(&pi;&sigma;), &sigma; =
   * &sigma;<sub>v</sub>&sigma;<sub>w</sub> (S22); P(|&mu;| &le; m) = 1 &minus;
   * (2/&pi;)&int;<sub>m/&sigma;</sub><sup>&infin;</sup>K<sub>0</sub>. Moments: E&mu;<sup>2</sup> =
   * &sigma;<sup>2</sup>, E|&mu;| = 2&sigma;/&pi;, E&mu;<sup>4</sup> = 9&sigma;<sup>4</sup>.
   *
   * @param sigma &sigma; = &sigma;<sub>v</sub>&sigma;<sub>w</sub> &gt; 0
   */
  record BesselProduct(double sigma) implements DeltaSlopeLaw {
    /** Validates &sigma; &gt; 0. */
    public BesselProduct {
      Scales.positive("sigma", sigma);
    }

    @Override
    public double density(double mu) {
      return BesselK0.k0(Math.abs(mu) / sigma) / (Math.PI * sigma);
    }

    @Override
    public double cdf(double t) {
      double inner = 1.0 - 2.0 / Math.PI * BesselK0.tailIntegral(Math.abs(t) / sigma);
      return t >= 0 ? 0.5 + 0.5 * inner : 0.5 - 0.5 * inner;
    }

    @Override
    public double secondMoment() {
      return sigma * sigma;
    }

    @Override
    public double absMean() {
      return 2.0 * sigma / Math.PI;
    }

    @Override
    public double fourthMoment() {
      double s2 = sigma * sigma;
      return 9.0 * s2 * s2;
    }
  }

  /**
   * Product of independent uniforms v ~ U(&minus;C, C) and |w| ~ U(0, A) (S22): with K = AC, p(&mu;) =
   * ln(K/|&mu;|)/(2K) for |&mu;| &lt; K; P(|&mu;| &le; m) = (m/K)(1 + ln(K/m)). Moments:
   * E&mu;<sup>2</sup> = K<sup>2</sup>/9, E|&mu;| = K/4, E&mu;<sup>4</sup> = K<sup>4</sup>/25.
   *
   * @param weightBound A &gt; 0
   * @param outputBound C &gt; 0
   */
  record UniformProduct(double weightBound, double outputBound) implements DeltaSlopeLaw {
    /** Validates both bounds positive. */
    public UniformProduct {
      Scales.positive("weightBound", weightBound);
      Scales.positive("outputBound", outputBound);
    }

    private double bound() {
      return weightBound * outputBound;
    }

    @Override
    public double density(double mu) {
      double k = bound();
      double a = Math.abs(mu);
      return a >= k ? 0.0 : Math.log(k / a) / (2.0 * k);
    }

    @Override
    public double cdf(double t) {
      double k = bound();
      double a = Math.abs(t);
      double inner = a >= k ? 1.0 : a == 0 ? 0.0 : (a / k) * (1.0 + Math.log(k / a));
      return t >= 0 ? 0.5 + 0.5 * inner : 0.5 - 0.5 * inner;
    }

    @Override
    public double secondMoment() {
      double k = bound();
      return k * k / 9.0;
    }

    @Override
    public double absMean() {
      return bound() / 4.0;
    }

    @Override
    public double fourthMoment() {
      double k2 = bound() * bound();
      return k2 * k2 / 25.0;
    }
  }

  /**
   * N(0, &sigma;<sup>2</sup>): a Gaussian v times a constant |w| = a ({@link InitScheme#SPREAD}),
   * &sigma; = a&sigma;<sub>v</sub>.
   *
   * @param sigma &sigma; &gt; 0
   */
  record Gaussian(double sigma) implements DeltaSlopeLaw {
    /** Validates &sigma; &gt; 0. */
    public Gaussian {
      Scales.positive("sigma", sigma);
    }

    @Override
    public double density(double mu) {
      double z = mu / sigma;
      return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2.0 * Math.PI));
    }

    @Override
    public double cdf(double t) {
      return 0.5 * Erf.erfc(-t / (sigma * Math.sqrt(2.0)));
    }

    @Override
    public double secondMoment() {
      return sigma * sigma;
    }

    @Override
    public double absMean() {
      return sigma * Math.sqrt(2.0 / Math.PI);
    }

    @Override
    public double fourthMoment() {
      double s2 = sigma * sigma;
      return 3.0 * s2 * s2;
    }
  }
}
