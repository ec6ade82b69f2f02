package org.knotwork.init;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of an initialisation scheme answering an {@link InitQuery}, either exact ({@link
 * InitLaws#statistics}) or estimated ({@link InitMonteCarlo#estimate}); all expectations are over the
 * draw of the network.
 *
 * @param width H
 * @param sumMuSquared E[R<sub>2</sub>] = E[&Sigma;&mu;<sup>2</sup>] (S23)
 * @param sumAbsMu E[TV] = E[&Sigma;|&mu;|] (S23)
 * @param points per probe point: Var f<sub>0</sub>(x) and Var f<sub>0</sub>&prime;(x)
 * @param windows per window: expected number of knots and E[&Sigma;&mu;<sup>2</sup>1(&beta; &isin;
 *     window)]
 * @param knotBins P(&beta; &isin; bin) per knot bin
 * @param slopeBins P(&mu; &isin; bin) per delta-slope bin
 */
public record InitStatistics(int width, Estimate sumMuSquared, Estimate sumAbsMu,
    List<PointStatistics> points, List<WindowStatistics> windows, List<BinStatistics> knotBins,
    List<BinStatistics> slopeBins) {

  /** Copies the lists. */
  public InitStatistics {
    points = List.copyOf(points);
    windows = List.copyOf(windows);
    knotBins = List.copyOf(knotBins);
    slopeBins = List.copyOf(slopeBins);
  }

  /**
   * Statistics at a probe point. f<sub>0</sub>&prime; is the right derivative, so it is defined at
   * atoms of the knot law too.
   *
   * @param x the point
   * @param valueVariance Var f<sub>0</sub>(x)
   * @param slopeVariance Var f<sub>0</sub>&prime;(x<sup>+</sup>)
   */
  public record PointStatistics(double x, Estimate valueVariance, Estimate slopeVariance) {}

  /**
   * Statistics of a window.
   *
   * @param window the closed window
   * @param knots E[#{i : &beta;<sub>i</sub> &isin; window}]
   * @param roughness E[&Sigma;<sub>i</sub>&mu;<sub>i</sub><sup>2</sup>1(&beta;<sub>i</sub> &isin; window)]
   */
  public record WindowStatistics(Interval window, Estimate knots, Estimate roughness) {}

  /**
   * Probability of a bin for one neuron.
   *
   * @param bin the closed bin
   * @param probability P(value &isin; bin)
   */
  public record BinStatistics(Interval bin, Estimate probability) {}

  /**
   * One analytic value set against its Monte Carlo estimate.
   *
   * @param quantity a readable name, e.g. {@code valueVariance(x=0.3)}
   * @param analytic the exact value
   * @param estimate the Monte Carlo mean
   * @param standardError the Monte Carlo standard error
   * @param z (estimate &minus; analytic)/standardError (0 when both agree exactly)
   */
  public record Deviation(String quantity, double analytic, double estimate, double standardError,
      double z) {

    static Deviation of(String quantity, Estimate analytic, Estimate mc) {
      double diff = mc.value() - analytic.value();
      double se = mc.standardError();
      double z = se > 0 ? diff / se : diff == 0 ? 0.0 : Math.copySign(Double.MAX_VALUE, diff);
      return new Deviation(quantity, analytic.value(), mc.value(), se, z);
    }
  }

  /**
   * Every quantity of {@code analytic} against the same quantity of {@code estimated}, which must
   * answer the same query.
   */
  public static List<Deviation> compare(InitStatistics analytic, InitStatistics estimated) {
    if (analytic.width != estimated.width
        || analytic.points.size() != estimated.points.size()
        || analytic.windows.size() != estimated.windows.size()
        || analytic.knotBins.size() != estimated.knotBins.size()
        || analytic.slopeBins.size() != estimated.slopeBins.size()) {
      throw new IllegalArgumentException("the two statistics answer different queries or widths");
    }
    List<Deviation> out = new ArrayList<>();
    out.add(Deviation.of("sumMuSquared", analytic.sumMuSquared, estimated.sumMuSquared));
    out.add(Deviation.of("sumAbsMu", analytic.sumAbsMu, estimated.sumAbsMu));
    for (int i = 0; i < analytic.points.size(); i++) {
      PointStatistics a = analytic.points.get(i);
      PointStatistics e = estimated.points.get(i);
      out.add(Deviation.of("valueVariance(x=" + a.x() + ")", a.valueVariance(), e.valueVariance()));
      out.add(Deviation.of("slopeVariance(x=" + a.x() + ")", a.slopeVariance(), e.slopeVariance()));
    }
    for (int i = 0; i < analytic.windows.size(); i++) {
      WindowStatistics a = analytic.windows.get(i);
      WindowStatistics e = estimated.windows.get(i);
      out.add(Deviation.of("knots" + str(a.window()), a.knots(), e.knots()));
      out.add(Deviation.of("roughness" + str(a.window()), a.roughness(), e.roughness()));
    }
    for (int i = 0; i < analytic.knotBins.size(); i++) {
      out.add(Deviation.of("knotBin" + str(analytic.knotBins.get(i).bin()),
          analytic.knotBins.get(i).probability(), estimated.knotBins.get(i).probability()));
    }
    for (int i = 0; i < analytic.slopeBins.size(); i++) {
      out.add(Deviation.of("slopeBin" + str(analytic.slopeBins.get(i).bin()),
          analytic.slopeBins.get(i).probability(), estimated.slopeBins.get(i).probability()));
    }
    return out;
  }

  private static String str(Interval iv) {
    return "[" + iv.lo() + ", " + iv.hi() + "]";
  }
}
