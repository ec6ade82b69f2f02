package org.knotwork.init;

import java.util.ArrayList;
import java.util.List;

/**
 * The flatness statistics of notes &sect;5 (S21-S23) over a grid of widths and scale multipliers, exact
 * and optionally by Monte Carlo: the data behind the "standard inits are flat" tables and figures.
 */
public final class FlatnessTable {
  private FlatnessTable() {}

  /**
   * The flatness of one initialisation.
   *
   * @param sumMuSquared E[R<sub>2</sub>] = E[&Sigma;&mu;<sup>2</sup>], the discrete roughness (S23)
   * @param sumAbsMu E[TV] = E[&Sigma;|&mu;|] = E[&int;|f<sub>0</sub>&Prime;|] (S23)
   * @param slopeVariance Var f<sub>0</sub>&prime;(x<sup>+</sup>) at the probe point
   * @param valueVariance Var f<sub>0</sub>(x) at the probe point
   * @param windowKnots expected number of knots in the window (S21)
   * @param windowRoughness E[&Sigma;&mu;<sup>2</sup>1(&beta; &isin; window)] (S23)
   */
  public record Flatness(Estimate sumMuSquared, Estimate sumAbsMu, Estimate slopeVariance,
      Estimate valueVariance, Estimate windowKnots, Estimate windowRoughness) {

    static Flatness of(InitStatistics s) {
      InitStatistics.PointStatistics p = s.points().get(0);
      InitStatistics.WindowStatistics w = s.windows().get(0);
      return new Flatness(s.sumMuSquared(), s.sumAbsMu(), p.slopeVariance(), p.valueVariance(),
          w.knots(), w.roughness());
    }
  }

  /**
   * One row of the table.
   *
   * @param scheme the scheme
   * @param width H
   * @param scales the multipliers
   * @param probe the probe point x
   * @param window the window (typically the data range)
   * @param analytic exact values
   * @param monteCarlo Monte Carlo estimates, or null when not requested
   * @param sdSumMuSquared the standard deviation of R<sub>2</sub> across draws (exact)
   */
  public record Row(InitScheme scheme, int width, Scales scales, double probe, Interval window,
      Flatness analytic, Flatness monteCarlo, double sdSumMuSquared) {}

  /**
   * The rows for every (width, scales) pair, widths outermost.
   *
   * @param base scheme, its parameters and seed (its width and scales are replaced)
   * @param widths the widths H
   * @param scales the scale multipliers
   * @param probe the probe point x for Var f<sub>0</sub>(x), Var f<sub>0</sub>&prime;(x)
   * @param window the window for knot counts and roughness
   * @param networks Monte Carlo networks per row (0 for exact values only, otherwise &ge; 4)
   */
  public static List<Row> compute(InitSpec base, List<Integer> widths, List<Scales> scales,
      double probe, Interval window, int networks) {
    if (widths.isEmpty() || scales.isEmpty()) {
      throw new IllegalArgumentException("widths and scales must not be empty");
    }
    if (networks != 0 && networks < 4) {
      throw new IllegalArgumentException("networks must be 0 or >= 4, got " + networks);
    }
    InitQuery query = new InitQuery(List.of(probe), List.of(window), List.of(), List.of());
    List<Row> rows = new ArrayList<>();
    for (int h : widths) {
      for (Scales a : scales) {
        InitSpec spec = base.withWidth(h).withScales(a);
        InitLaws laws = InitLaws.of(spec);
        Flatness exact = Flatness.of(laws.statistics(query));
        Flatness mc = networks == 0 ? null
            : Flatness.of(InitMonteCarlo.estimate(spec, query, networks));
        rows.add(new Row(spec.scheme(), h, a, probe, window, exact, mc, laws.sdSumMuSquared()));
      }
    }
    return rows;
  }
}
