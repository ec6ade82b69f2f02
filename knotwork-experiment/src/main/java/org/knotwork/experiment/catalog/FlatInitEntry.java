package org.knotwork.experiment.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.init.InitLaws;
import org.knotwork.init.InitMonteCarlo;
import org.knotwork.init.InitQuery;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.InitStatistics;
import org.knotwork.init.Initializer;
import org.knotwork.init.Interval;
import org.knotwork.net.CanonicalSpline;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/**
 * Notes &sect;5 (S23, E4): standard initialisations give flat initial functions. For four schemes at
 * H = 100 the exact laws of E[&Sigma;&mu;<sup>2</sup>] and E[&Sigma;|&mu;|] must equal the notes' closed forms,
 * Monte Carlo estimates of E[&Sigma;&mu;<sup>2</sup>], E[&Sigma;|&mu;|], Var f<sub>0</sub>(0.3) and Var
 * f<sub>0</sub>&prime;(0.3) must agree with the laws, and the slope variation of f<sub>0</sub> inside the
 * data window [&minus;1, 1] (&Sigma;|&Delta;m<sub>k</sub>| over the canonical knots there, S4) must be a small
 * fraction of the 4&pi; that the target sin(&pi;x) needs.
 */
public final class FlatInitEntry implements CatalogEntry {
  static final int WIDTH = 100;
  static final double PROBE = 0.3;
  /** &int;|f''| of sin(&pi;x) on [&minus;1, 1]. */
  static final double TARGET_TV = 4 * Math.PI;
  static final double MAX_Z = 4;
  static final double MAX_TV_RATIO = 0.25;

  @Override
  public String id() {
    return "flat-init";
  }

  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public String title() {
    return "Standard initialisations give flat initial functions (docs/spline-lens.md §5, E4)";
  }

  @Override
  public String claim() {
    return "docs/spline-lens.md §5 (S23, E4): for PyTorch's default, He, LeCun and Glorot normal "
        + "(zero bias) at H = 100, E[sum mu^2] = 1/9, 4, 1, 4H/(H+1)^2 and E[sum |mu|] = sqrt(H)/4, "
        + "(4/pi) sqrt(H), (2/pi) sqrt(H), (4/pi) H/(H+1); Monte Carlo agrees with the laws, "
        + "Var f0'(x) = E[sum mu^2]/2; and f0 is flat: its slope variation inside the data window "
        + "[-1, 1] is a small fraction of the 4 pi that sin(pi x) needs.";
  }

  @Override
  public String tolerance() {
    return "laws equal the closed forms to 1e-12 (relative); every Monte Carlo estimate within "
        + MAX_Z + " standard errors of its law; mean slope variation in [-1, 1] at most "
        + MAX_TV_RATIO + " x 4 pi";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL
        ? "10^5 networks (10^7 neurons) per scheme for the laws, 2x10^4 for the slope variation"
        : "4x10^3 networks (4x10^5 neurons) per scheme for the laws, 10^3 for the slope variation";
  }

  private record Scheme(InitScheme scheme, double sumMu2, double sumAbsMu) {}

  private static List<Scheme> schemes() {
    double h = WIDTH;
    return List.of(
        new Scheme(InitScheme.PYTORCH_DEFAULT, 1.0 / 9, Math.sqrt(h) / 4),
        new Scheme(InitScheme.HE_NORMAL_ZERO_BIAS, 4, 4 / Math.PI * Math.sqrt(h)),
        new Scheme(InitScheme.LECUN_NORMAL_ZERO_BIAS, 1, 2 / Math.PI * Math.sqrt(h)),
        new Scheme(InitScheme.GLOROT_NORMAL_ZERO_BIAS, 4 * h / ((h + 1) * (h + 1)),
            4 / Math.PI * h / (h + 1)));
  }

  @Override
  public Outcome run(CatalogContext context) {
    int networks = context.full() ? 100_000 : 4_000;
    int tvNetworks = context.full() ? 20_000 : 1_000;
    List<Measurement> ms = new ArrayList<>();
    Table.Builder stats = Table.of("statistics", "scheme", "quantity", "law", "monte_carlo",
        "standard_error", "z");
    Table.Builder tv = Table.of("window-slope-variation", "scheme", "mean_tv", "standard_error",
        "fraction_of_target");
    Interval window = Interval.symmetric(1);
    InitQuery query = new InitQuery(List.of(PROBE), List.of(window), List.of(), List.of());
    long seed = 0;
    for (Scheme s : schemes()) {
      String n = s.scheme().cliName();
      InitSpec spec = InitSpec.of(s.scheme(), WIDTH, seed++);
      InitLaws laws = InitLaws.of(spec);
      ms.add(Measurement.atMost(n + ": E[sum mu^2] law vs closed form, relative error",
          Math.abs(laws.expectedSumMuSquared() / s.sumMu2() - 1), 1e-12));
      ms.add(Measurement.atMost(n + ": E[sum |mu|] law vs closed form, relative error",
          Math.abs(laws.expectedSumAbsMu() / s.sumAbsMu() - 1), 1e-12));
      ms.add(Measurement.atMost(n + ": Var f0'(x) - E[sum mu^2]/2 (law, absolute)",
          Math.abs(laws.slopeVariance(PROBE) - laws.expectedSumMuSquared() / 2), 1e-15));
      InitStatistics exact = laws.statistics(query);
      InitStatistics mc = InitMonteCarlo.estimate(spec, query, networks);
      for (InitStatistics.Deviation d : InitStatistics.compare(exact, mc)) {
        stats.row(n, d.quantity(), d.analytic(), d.estimate(), d.standardError(), d.z());
        ms.add(Measurement.atMost(n + ": |z| of " + d.quantity(), Math.abs(d.z()), MAX_Z));
      }
      double[] w = windowVariation(spec, window, tvNetworks);
      ms.add(Measurement.atMost(n + ": mean slope variation in [-1, 1] / 4 pi", w[0] / TARGET_TV,
          MAX_TV_RATIO));
      tv.row(n, w[0], w[1], w[0] / TARGET_TV);
    }
    Table.Builder growth = Table.of("flatness-vs-width", "scheme", "width", "expected_sum_mu2",
        "expected_sum_abs_mu", "slope_variance");
    for (Scheme s : schemes()) {
      for (int h : new int[] {10, 30, 100, 300, 1000, 3000, 10000}) {
        InitLaws l = InitLaws.of(InitSpec.of(s.scheme(), h, 0));
        growth.row(s.scheme().cliName(), (long) h, l.expectedSumMuSquared(),
            l.expectedSumAbsMu(), l.slopeVariance(PROBE));
      }
    }
    List<Figure> figs = List.of(
        Figure.line("roughness-vs-width", "E[sum mu^2] (roughness R2) against width",
            "flatness-vs-width", "width", List.of("expected_sum_mu2"), "width H",
            "E[sum mu^2]").withLog(true, true).groupedBy("scheme"),
        Figure.line("tv-vs-width", "E[sum |mu|] (slope variation) against width",
            "flatness-vs-width", "width", List.of("expected_sum_abs_mu"), "width H",
            "E[sum |mu|]").withLog(true, true).groupedBy("scheme"));
    return new Outcome(id(), context.variant(), ms,
        List.of(stats.build(), tv.build(), growth.build()), figs, List.of());
  }

  /**
   * {mean, standard error} over {@code count} networks of &Sigma;|&Delta;m<sub>k</sub>| over the canonical
   * knots of f<sub>0</sub> inside the window (S4: coincident knots merged, so zero-bias schemes have one
   * knot at 0).
   */
  static double[] windowVariation(InitSpec spec, Interval window, int count) {
    Rng rng = Rng.of(spec.seed(), "flat-init/window");
    double sum = 0;
    double sum2 = 0;
    for (int k = 0; k < count; k++) {
      NetworkParams p = Initializer.draw(spec, rng);
      CanonicalSpline can = p.toSpline().canonical();
      double[] t = can.knots();
      double[] d = can.jumps();
      double v = 0;
      for (int j = 0; j < t.length; j++) {
        if (window.contains(t[j])) {
          v += Math.abs(d[j]);
        }
      }
      sum += v;
      sum2 += v * v;
    }
    double mean = sum / count;
    double var = (sum2 - count * mean * mean) / (count - 1);
    return new double[] {mean, Math.sqrt(Math.max(var, 0) / count)};
  }
}
