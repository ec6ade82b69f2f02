package org.knotwork.init;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.random.Rng;

/**
 * Monte Carlo estimates, with standard errors, of the statistics that {@link InitLaws} gives exactly.
 *
 * <p>Networks are drawn one after another from {@code Rng.of(spec.seed(), "init")} by the same code
 * as {@link Initializer} (so network 0 is {@code Initializer.initialize(spec)}). Per-network sums
 * (R<sub>2</sub>, TV, window counts and roughness) are averaged over networks with standard error
 * s/&radic;n; variances of f<sub>0</sub>(x) and f<sub>0</sub>&prime;(x<sup>+</sup>) are sample
 * variances over networks with the fourth-moment standard error of {@link Estimate}; bin probabilities
 * pool all n&middot;H neurons (i.i.d.) with the binomial standard error. A neuron with w = 0 (possible
 * only by an exact draw of 0) has no knot and no delta-slope and counts in no bin or window.
 */
public final class InitMonteCarlo {
  private InitMonteCarlo() {}

  /**
   * Estimates the answers to {@code query} from {@code networks} independent networks.
   *
   * @param networks number of networks, at least 4
   */
  public static InitStatistics estimate(InitSpec spec, InitQuery query, int networks) {
    if (networks < 4) {
      throw new IllegalArgumentException("networks must be >= 4, got " + networks);
    }
    int h = spec.width();
    Sampler sampler = new Sampler(spec);
    Rng rng = Rng.of(spec.seed(), Initializer.STREAM);
    double[] xs = query.points().stream().mapToDouble(Double::doubleValue).toArray();
    Interval[] wins = query.windows().toArray(new Interval[0]);
    Interval[] kb = query.knotBins().toArray(new Interval[0]);
    Interval[] sb = query.slopeBins().toArray(new Interval[0]);

    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    double[] sumMu2 = new double[networks];
    double[] sumAbs = new double[networks];
    double[][] value = new double[xs.length][networks];
    double[][] slope = new double[xs.length][networks];
    double[][] winKnots = new double[wins.length][networks];
    double[][] winRough = new double[wins.length][networks];
    long[] kbCount = new long[kb.length];
    long[] sbCount = new long[sb.length];

    for (int n = 0; n < networks; n++) {
      double c = sampler.fill(rng, w, b, v);
      double r2 = 0;
      double tv = 0;
      for (int i = 0; i < h; i++) {
        if (w[i] == 0.0) {
          continue;
        }
        double beta = -b[i] / w[i];
        double mu = v[i] * Math.abs(w[i]);
        double mu2 = mu * mu;
        r2 += mu2;
        tv += Math.abs(mu);
        for (int k = 0; k < wins.length; k++) {
          if (wins[k].contains(beta)) {
            winKnots[k][n] += 1;
            winRough[k][n] += mu2;
          }
        }
        for (int k = 0; k < kb.length; k++) {
          if (kb[k].contains(beta)) {
            kbCount[k]++;
          }
        }
        for (int k = 0; k < sb.length; k++) {
          if (sb[k].contains(mu)) {
            sbCount[k]++;
          }
        }
      }
      sumMu2[n] = r2;
      sumAbs[n] = tv;
      for (int p = 0; p < xs.length; p++) {
        double x = xs[p];
        double f = c;
        double df = 0;
        for (int i = 0; i < h; i++) {
          double z = w[i] * x + b[i];
          if (z > 0) {
            f += v[i] * z;
            df += v[i] * w[i];
          } else if (z == 0 && w[i] > 0) {
            df += v[i] * w[i];
          }
        }
        value[p][n] = f;
        slope[p][n] = df;
      }
    }

    List<InitStatistics.PointStatistics> points = new ArrayList<>();
    for (int p = 0; p < xs.length; p++) {
      points.add(new InitStatistics.PointStatistics(xs[p], Estimate.variance(value[p]),
          Estimate.variance(slope[p])));
    }
    List<InitStatistics.WindowStatistics> windows = new ArrayList<>();
    for (int k = 0; k < wins.length; k++) {
      windows.add(new InitStatistics.WindowStatistics(wins[k], Estimate.mean(winKnots[k]),
          Estimate.mean(winRough[k])));
    }
    long total = (long) networks * h;
    List<InitStatistics.BinStatistics> knotBins = new ArrayList<>();
    for (int k = 0; k < kb.length; k++) {
      knotBins.add(new InitStatistics.BinStatistics(kb[k], Estimate.proportion(kbCount[k], total)));
    }
    List<InitStatistics.BinStatistics> slopeBins = new ArrayList<>();
    for (int k = 0; k < sb.length; k++) {
      slopeBins.add(new InitStatistics.BinStatistics(sb[k], Estimate.proportion(sbCount[k], total)));
    }
    return new InitStatistics(h, Estimate.mean(sumMu2), Estimate.mean(sumAbs), points, windows,
        knotBins, slopeBins);
  }
}
