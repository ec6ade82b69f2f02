package org.knotwork.init;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.distribution.continuous.AbstractRealDistribution;

/** Test helpers: quantiles of a continuous cdf by bisection, and a Hipparchus view of a cdf. */
final class Quantiles {
  private Quantiles() {}

  /** The p-quantile of a continuous, strictly increasing cdf, by bisection. */
  static double quantile(DoubleUnaryOperator cdf, double p) {
    double lo = -1;
    double hi = 1;
    while (cdf.applyAsDouble(lo) > p) {
      lo *= 2;
    }
    while (cdf.applyAsDouble(hi) < p) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
      double mid = 0.5 * (lo + hi);
      if (cdf.applyAsDouble(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /**
   * n equiprobable bin edges (n+1 values): the inner quantiles k/n, and outer edges far in the tails
   * (the quantiles 1e-12 and 1 - 1e-12), so the bins cover all but 2e-12 of the mass.
   */
  static double[] equiprobableEdges(DoubleUnaryOperator cdf, int n) {
    double[] e = new double[n + 1];
    e[0] = quantile(cdf, 1e-12);
    e[n] = quantile(cdf, 1 - 1e-12);
    for (int k = 1; k < n; k++) {
      e[k] = quantile(cdf, (double) k / n);
    }
    return e;
  }

  /** A cdf as a Hipparchus distribution, for the Kolmogorov-Smirnov test (which needs only the cdf). */
  static AbstractRealDistribution distribution(DoubleUnaryOperator cdf) {
    return new AbstractRealDistribution() {
      private static final long serialVersionUID = 1L;

      @Override
      public double cumulativeProbability(double x) {
        return cdf.applyAsDouble(x);
      }

      @Override
      public double density(double x) {
        throw new UnsupportedOperationException("not needed by the KS test");
      }

      @Override
      public double getNumericalMean() {
        return Double.NaN;
      }

      @Override
      public double getNumericalVariance() {
        return Double.NaN;
      }

      @Override
      public double getSupportLowerBound() {
        return Double.NEGATIVE_INFINITY;
      }

      @Override
      public double getSupportUpperBound() {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public boolean isSupportConnected() {
        return true;
      }
    };
  }
}
