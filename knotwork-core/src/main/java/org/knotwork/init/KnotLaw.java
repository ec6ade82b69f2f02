package org.knotwork.init;

import org.hipparchus.special.Erf;

/**
 * The law of one knot &beta; = &minus;b/w at initialisation (S21), together with the w<sup>2</sup>-weighted
 * knot measure E[w<sup>2</sup>&middot;1(&beta; &isin; I)] that the window roughness of S23 needs
 * (E[&Sigma;<sub>i</sub>&mu;<sub>i</sub><sup>2</sup>1(&beta;<sub>i</sub> &isin; I)] = H&middot;E[v<sup>2</sup>]
 * &middot;E[w<sup>2</sup>1(&beta; &isin; I)]).
 *
 * <p>For every scheme, w is symmetric and independent of b (or, for spread, of &beta;), so &beta; has the
 * law of b/|w| and is symmetric about 0, and its orientation s = sgn(w) is &plusmn;1 with probability
 * &frac12; independently of &beta;.
 */
public sealed interface KnotLaw {

  /** Probability density of &beta; (a Dirac mass is reported as +&infin; at its atom, 0 elsewhere). */
  double density(double beta);

  /** P(&beta; &le; t). */
  double cdf(double t);

  /** E[w<sup>2</sup>&middot;1(&beta; &le; t)], non-decreasing from 0 to E[w<sup>2</sup>]. */
  double weightedCdf(double t);

  /** P(&beta; &isin; [lo, hi]) (closed interval, so an atom at an end counts). */
  default double probability(Interval window) {
    return cdf(window.hi()) - cdf(window.lo());
  }

  /** E[w<sup>2</sup>&middot;1(&beta; &isin; [lo, hi])] (closed interval). */
  default double weightedProbability(Interval window) {
    return weightedCdf(window.hi()) - weightedCdf(window.lo());
  }

  /**
   * Independent Gaussians w ~ N(0, &sigma;<sub>w</sub><sup>2</sup>), b ~ N(0,
   * &sigma;<sub>b</sub><sup>2</sup>): &beta; ~ Cauchy(0, &gamma;), &gamma; = &sigma;<sub>b</sub>/&sigma;<sub>w</sub>
   * (S21); p(&beta;) = &gamma;/(&pi;(&gamma;<sup>2</sup> + &beta;<sup>2</sup>)). The weighted measure
   * has density (2&sigma;<sub>w</sub><sup>2</sup>/&pi;)&gamma;<sup>3</sup>/(&gamma;<sup>2</sup> +
   * &beta;<sup>2</sup>)<sup>2</sup>.
   *
   * @param gamma Cauchy scale &gt; 0
   * @param weightSecondMoment E[w<sup>2</sup>] = &sigma;<sub>w</sub><sup>2</sup>
   */
  record Cauchy(double gamma, double weightSecondMoment) implements KnotLaw {
    /** Validates both parameters positive. */
    public Cauchy {
      Scales.positive("gamma", gamma);
      Scales.positive("weightSecondMoment", weightSecondMoment);
    }

    @Override
    public double density(double beta) {
      return gamma / (Math.PI * (gamma * gamma + beta * beta));
    }

    @Override
    public double cdf(double t) {
      return 0.5 + Math.atan(t / gamma) / Math.PI;
    }

    @Override
    public double weightedCdf(double t) {
      if (Double.isInfinite(t)) {
        return t > 0 ? weightSecondMoment : 0.0;
      }
      double frac = Math.atan(t / gamma) + gamma * t / (gamma * gamma + t * t);
      return weightSecondMoment * (0.5 + frac / Math.PI);
    }
  }

  /**
   * Independent uniforms w ~ U(&minus;A, A), b ~ U(&minus;B, B) (S21): with r = B/A, p(&beta;) = 1/(4r)
   * for |&beta;| &le; r and r/(4&beta;<sup>2</sup>) beyond. PyTorch default: A = B = 1, so P(|&beta;|
   * &le; 1) = &frac12;.
   *
   * @param weightBound A &gt; 0
   * @param biasBound B &gt; 0
   */
  record UniformRatio(double weightBound, double biasBound) implements KnotLaw {
    /** Validates both bounds positive. */
    public UniformRatio {
      Scales.positive("weightBound", weightBound);
      Scales.positive("biasBound", biasBound);
    }

    private double ratio() {
      return biasBound / weightBound;
    }

    @Override
    public double density(double beta) {
      double r = ratio();
      double a = Math.abs(beta);
      return a <= r ? 1.0 / (4.0 * r) : r / (4.0 * a * a);
    }

    @Override
    public double cdf(double t) {
      if (t < 0) {
        return 1.0 - cdf(-t);
      }
      double r = ratio();
      return t <= r ? 0.5 + t / (4.0 * r) : 1.0 - r / (4.0 * t);
    }

    /**
     * For t &ge; 0: A<sup>2</sup>/6 + (1/(2AB))&int;<sub>0</sub><sup>A</sup> u<sup>2</sup> min(tu, B)
     * du; the symmetric complement for t &lt; 0.
     */
    @Override
    public double weightedCdf(double t) {
      double a = weightBound;
      double total = a * a / 3.0;
      if (t < 0) {
        return total - weightedCdf(-t);
      }
      if (t == Double.POSITIVE_INFINITY) {
        return total;
      }
      double bb = biasBound;
      double integral;
      if (t * a <= bb) {
        integral = t * a * a * a * a / 4.0;
      } else {
        double u = bb / t;
        integral = t * u * u * u * u / 4.0 + bb * (a * a * a - u * u * u) / 3.0;
      }
      return total / 2.0 + integral / (2.0 * a * bb);
    }
  }

  /**
   * w ~ N(0, &sigma;<sup>2</sup>) and b ~ U(&minus;B, B) (He, Glorot and LeCun normal weights with
   * PyTorch's default bias): p(&beta;) = (&sigma;/(B&radic;(2&pi;)))(1 &minus;
   * exp(&minus;B<sup>2</sup>/(2&sigma;<sup>2</sup>&beta;<sup>2</sup>))), flat near 0 and with
   * Cauchy-like tails B/(2&sigma;&radic;(2&pi;)&beta;<sup>2</sup>). For t &ge; 0, P(&beta; &le; t) =
   * &frac12; + E[min(t|w|, B)]/(2B), in closed form with erfc.
   *
   * @param sigma &sigma; &gt; 0 of w
   * @param biasBound B &gt; 0
   */
  record NormalOverUniform(double sigma, double biasBound) implements KnotLaw {
    /** Validates both parameters positive. */
    public NormalOverUniform {
      Scales.positive("sigma", sigma);
      Scales.positive("biasBound", biasBound);
    }

    @Override
    public double density(double beta) {
      double pref = sigma / (biasBound * Math.sqrt(2.0 * Math.PI));
      if (beta == 0) {
        return pref;
      }
      double z = biasBound / (sigma * beta);
      return pref * -Math.expm1(-0.5 * z * z);
    }

    @Override
    public double cdf(double t) {
      if (t < 0) {
        return 1.0 - cdf(-t);
      }
      if (t == 0) {
        return 0.5;
      }
      if (t == Double.POSITIVE_INFINITY) {
        return 1.0;
      }
      // E[min(t|w|, B)] = t E[|w|; |w| < a] + B P(|w| >= a), a = B/t
      double z = biasBound / (t * sigma);
      double partialMean = sigma * Math.sqrt(2.0 / Math.PI) * -Math.expm1(-0.5 * z * z);
      double tail = Erf.erfc(z / Math.sqrt(2.0));
      return 0.5 + (t * partialMean + biasBound * tail) / (2.0 * biasBound);
    }

    /**
     * For t &ge; 0: &sigma;<sup>2</sup>/2 + E[w<sup>2</sup>min(t|w|, B)]/(2B), with E[w<sup>2</sup>min(t|w|,
     * B)] = t&middot;E[|w|<sup>3</sup>; |w| &lt; a] + B&middot;E[w<sup>2</sup>; |w| &ge; a], a = B/t.
     */
    @Override
    public double weightedCdf(double t) {
      double s2 = sigma * sigma;
      if (t < 0) {
        return s2 - weightedCdf(-t);
      }
      if (t == 0) {
        return s2 / 2.0;
      }
      if (t == Double.POSITIVE_INFINITY) {
        return s2;
      }
      double z = biasBound / (t * sigma);
      double u = 0.5 * z * z;
      // E[|w|^3; |w| < a] = (4 sigma^3 / sqrt(2 pi)) (1 - (1 + u) e^{-u})
      double cube = 4.0 * s2 * sigma / Math.sqrt(2.0 * Math.PI) * (-Math.expm1(-u) - u * Math.exp(-u));
      // E[w^2; |w| >= a] = 2 sigma^2 (Q(z) + z phi(z))
      double q = 0.5 * Erf.erfc(z / Math.sqrt(2.0));
      double phi = Math.exp(-u) / Math.sqrt(2.0 * Math.PI);
      double square = 2.0 * s2 * (q + z * phi);
      return s2 / 2.0 + (t * cube + biasBound * square) / (2.0 * biasBound);
    }
  }

  /**
   * Every knot at exactly 0 (zero biases; the "breakpoint-density collapse" of S21).
   *
   * @param weightSecondMoment E[w<sup>2</sup>] &gt; 0
   */
  record PointMass(double weightSecondMoment) implements KnotLaw {
    /** Validates E[w<sup>2</sup>] &gt; 0. */
    public PointMass {
      Scales.positive("weightSecondMoment", weightSecondMoment);
    }

    @Override
    public double density(double beta) {
      return beta == 0 ? Double.POSITIVE_INFINITY : 0.0;
    }

    @Override
    public double cdf(double t) {
      return t >= 0 ? 1.0 : 0.0;
    }

    @Override
    public double weightedCdf(double t) {
      return t >= 0 ? weightSecondMoment : 0.0;
    }

    @Override
    public double probability(Interval window) {
      return window.contains(0.0) ? 1.0 : 0.0;
    }

    @Override
    public double weightedProbability(Interval window) {
      return window.contains(0.0) ? weightSecondMoment : 0.0;
    }
  }

  /**
   * Knots uniform on [lo, hi], independent of w ({@link InitScheme#SPREAD}).
   *
   * @param lo left end
   * @param hi right end, &gt; lo
   * @param weightSecondMoment E[w<sup>2</sup>] &gt; 0
   */
  record UniformKnots(double lo, double hi, double weightSecondMoment) implements KnotLaw {
    /** Validates lo &lt; hi (both finite) and E[w<sup>2</sup>] &gt; 0. */
    public UniformKnots {
      if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
        throw new IllegalArgumentException(
            "knot range must be finite with hi > lo, got [" + lo + ", " + hi + "]");
      }
      Scales.positive("weightSecondMoment", weightSecondMoment);
    }

    @Override
    public double density(double beta) {
      return beta >= lo && beta <= hi ? 1.0 / (hi - lo) : 0.0;
    }

    @Override
    public double cdf(double t) {
      return t <= lo ? 0.0 : t >= hi ? 1.0 : (t - lo) / (hi - lo);
    }

    @Override
    public double weightedCdf(double t) {
      return weightSecondMoment * cdf(t);
    }
  }
}
