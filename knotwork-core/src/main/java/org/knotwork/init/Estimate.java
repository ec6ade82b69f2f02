package org.knotwork.init;

/**
 * A value with its standard error: an exact (analytic) value has standard error 0 and 0 draws.
 *
 * @param value the value or Monte Carlo mean
 * @param standardError its standard error (&ge; 0)
 * @param draws number of independent draws behind it (0 for an analytic value)
 */
public record Estimate(double value, double standardError, long draws) {

  /** Validates a finite value and a finite, non-negative standard error. */
  public Estimate {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value);
    }
    if (!(standardError >= 0) || !Double.isFinite(standardError)) {
      throw new IllegalArgumentException(
          "standardError must be finite and >= 0, got " + standardError);
    }
    if (draws < 0) {
      throw new IllegalArgumentException("draws must be >= 0, got " + draws);
    }
  }

  /** An analytic value. */
  public static Estimate exact(double value) {
    return new Estimate(value, 0.0, 0);
  }

  /** The mean of the samples with standard error s/&radic;n (n &ge; 2). */
  static Estimate mean(double[] y) {
    int n = y.length;
    double m = 0;
    for (double t : y) {
      m += t;
    }
    m /= n;
    double ss = 0;
    for (double t : y) {
      ss += (t - m) * (t - m);
    }
    return new Estimate(m, Math.sqrt(ss / (n - 1) / n), n);
  }

  /**
   * The unbiased sample variance s<sup>2</sup> with its standard error &radic;((m<sub>4</sub> &minus;
   * s<sup>4</sup>(n&minus;3)/(n&minus;1))/n), m<sub>4</sub> the fourth central sample moment (n &ge; 4).
   */
  static Estimate variance(double[] y) {
    int n = y.length;
    double m = 0;
    for (double t : y) {
      m += t;
    }
    m /= n;
    double ss = 0;
    double s4 = 0;
    for (double t : y) {
      double d = (t - m) * (t - m);
      ss += d;
      s4 += d * d;
    }
    double var = ss / (n - 1);
    double m4 = s4 / n;
    double v = (m4 - var * var * (n - 3.0) / (n - 1.0)) / n;
    return new Estimate(var, Math.sqrt(Math.max(v, 0.0)), n);
  }

  /** A binomial proportion k/n with standard error &radic;(p(1&minus;p)/n). */
  static Estimate proportion(long k, long n) {
    double p = (double) k / n;
    return new Estimate(p, Math.sqrt(p * (1 - p) / n), n);
  }
}
