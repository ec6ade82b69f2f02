package org.knotwork.experiment.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.init.GaussianSigmas;
import org.knotwork.init.InitLaws;
import org.knotwork.init.InitQuery;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.init.Interval;
import org.knotwork.init.KnotLaw;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/**
 * Notes &sect;5 (S21, E4): the knot law of every initialisation scheme. Monte Carlo histograms of
 * &beta; = &minus;b/w must agree with the exact laws bin by bin; the notes' reference numbers must come
 * out: P(|&beta;| &le; 1) = 1/2 under PyTorch's default, the Cauchy scale &sigma;<sub>b</sub>/&sigma;<sub>w</sub>
 * for Gaussian weights and biases (median |&beta;| = 0.25 for &sigma;<sub>w</sub> = 2, &sigma;<sub>b</sub> = 0.5),
 * every knot exactly at 0 for zero-bias schemes, and orientations &plusmn;1 with probability 1/2.
 */
public final class KnotLawsEntry implements CatalogEntry {
  static final int WIDTH = 100;
  static final double MAX_Z = 4.5;
  static final double[] EDGES = {-4, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4};

  @Override
  public String id() {
    return "knot-laws";
  }

  @Override
  public String title() {
    return "Knot laws of the initialisation schemes (docs/spline-lens.md §5, S21, E4)";
  }

  @Override
  public String claim() {
    return "docs/spline-lens.md §5 (S21, E4): the knots beta = -b/w of every scheme follow the exact law "
        + "(uniform-ratio 1/(4r) inside |beta| <= r and r/(4 beta^2) beyond; Cauchy(sigma_b/sigma_w) "
        + "for Gaussians; normal-over-uniform for normal weights with default biases; U(lo, hi) for "
        + "spread); PyTorch default: P(|beta| <= 1) = 0.5; sigma_w = 2, sigma_b = 0.5: median |beta| "
        + "= 0.25 and P(|beta| <= 1) = 0.8440; zero-bias schemes put every knot at exactly 0; "
        + "orientations are +-1 with probability 1/2.";
  }

  @Override
  public String tolerance() {
    return "every bin probability within " + MAX_Z + " binomial standard errors of the law; "
        + "P(|beta| <= 1) within 0.002 of its law and median |beta| within 0.002 of 0.25 (from 10^6 "
        + "knots, as E4 asks); zero-bias: all knots at 0; P(s = +1) within 4 standard errors of 1/2";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL
        ? "10^7 knots per scheme at H = " + WIDTH
        : "10^6 knots for PyTorch's default and the Gaussian reference, 2x10^5 for the other "
            + "schemes, at H = " + WIDTH;
  }

  /** The knots and orientation counts of a number of independent networks. */
  record Draw(double[] beta, long plus, long minus) {}

  private static List<InitSpec> schemes() {
    List<InitSpec> out = new ArrayList<>();
    long seed = 0;
    for (InitScheme s : InitScheme.values()) {
      if (s == InitScheme.GAUSSIAN) {
        out.add(InitSpec.gaussian(new GaussianSigmas(2, 0.5, 1, 0), WIDTH, seed++));
      } else if (s == InitScheme.SPREAD) {
        out.add(InitSpec.spread(new Interval(-1, 1), WIDTH, seed++));
      } else {
        out.add(InitSpec.of(s, WIDTH, seed++));
      }
    }
    return out;
  }

  @Override
  public Outcome run(CatalogContext context) {
    int reference = context.full() ? 100_000 : 10_000;
    int others = context.full() ? 100_000 : 2_000;
    List<Measurement> ms = new ArrayList<>();
    Table.Builder density = Table.of("knot-density", "scheme", "bin_lo", "bin_hi",
        "law_density", "monte_carlo_density", "z");
    List<Interval> bins = InitQuery.bins(EDGES);
    Draw torch = null;
    Draw gauss = null;
    for (InitSpec spec : schemes()) {
      String n = spec.scheme().cliName();
      boolean ref = spec.scheme() == InitScheme.PYTORCH_DEFAULT
          || spec.scheme() == InitScheme.GAUSSIAN;
      Draw d = draw(spec, ref ? reference : others);
      if (spec.scheme() == InitScheme.PYTORCH_DEFAULT) {
        torch = d;
      } else if (spec.scheme() == InitScheme.GAUSSIAN) {
        gauss = d;
      }
      if (spec.scheme().zeroBias()) {
        long atZero = Arrays.stream(d.beta()).filter(b -> b == 0.0).count();
        ms.add(Measurement.atLeast(n + ": fraction of knots exactly at 0",
            (double) atZero / d.beta().length, 1.0));
        continue;
      }
      KnotLaw law = InitLaws.of(spec).knots();
      double worst = 0;
      int total = d.beta().length;
      for (Interval bin : bins) {
        long count = Arrays.stream(d.beta()).filter(bin::contains).count();
        double p = law.probability(bin);
        double phat = (double) count / total;
        double se = Math.sqrt(p * (1 - p) / total);
        // a bin of probability 0 or 1 must be hit never or always
        double z = se > 0 ? (phat - p) / se : phat == p ? 0 : Double.POSITIVE_INFINITY;
        density.row(n, bin.lo(), bin.hi(), p / bin.length(), phat / bin.length(), z);
        worst = Math.max(worst, Math.abs(z));
      }
      ms.add(Measurement.atMost(n + ": largest |z| over the " + bins.size() + " knot bins", worst,
          MAX_Z));
    }
    ms.add(Measurement.near("pytorch-default: P(|beta| <= 1)", fraction(torch.beta(), 1.0), 0.5,
        0.002));
    ms.add(Measurement.near("gaussian(2, 0.5): median |beta|", medianAbs(gauss.beta()), 0.25,
        0.002));
    double lawP1 = 2 / Math.PI * Math.atan(1 / 0.25);
    ms.add(Measurement.near("gaussian(2, 0.5): P(|beta| <= 1) (law 0.8440)",
        fraction(gauss.beta(), 1.0), lawP1, 0.002));
    long all = torch.plus() + torch.minus();
    ms.add(Measurement.near("pytorch-default: P(s = +1)", (double) torch.plus() / all, 0.5,
        4 * Math.sqrt(0.25 / all)));
    Table fine = fineDensity(torch.beta());
    List<Figure> figs = List.of(
        Figure.line("pytorch-knot-density", "Knot density under PyTorch's default: law and "
                + "Monte Carlo", "pytorch-knot-density", "beta",
            List.of("law_density", "monte_carlo_density"), "knot beta", "density")
            .withStyle("line+points"),
        new Figure("knot-density", "Knot density per scheme: law and Monte Carlo", "knot-density",
            "bin_lo", List.of("law_density", "monte_carlo_density"), "scheme", "knot beta",
            "density", false, true, "line+points"));
    return new Outcome(id(), context.variant(), ms, List.of(density.build(), fine), figs,
        List.of());
  }

  /** The law and the histogram of PyTorch's default knots on 40 bins of [&minus;5, 5]. */
  private static Table fineDensity(double[] beta) {
    Table.Builder fine = Table.of("pytorch-knot-density", "beta", "law_density",
        "monte_carlo_density");
    int bins = 40;
    double lo = -5;
    double hi = 5;
    double width = (hi - lo) / bins;
    long[] counts = new long[bins];
    for (double b : beta) {
      if (b >= lo && b < hi) {
        counts[(int) ((b - lo) / width)]++;
      }
    }
    KnotLaw law = InitLaws.of(InitSpec.of(InitScheme.PYTORCH_DEFAULT, WIDTH, 0)).knots();
    for (int j = 0; j < bins; j++) {
      double a = lo + j * width;
      fine.row(a + width / 2, law.probability(new Interval(a, a + width)) / width,
          counts[j] / (beta.length * width));
    }
    return fine.build();
  }

  /**
   * Every knot of {@code networks} networks drawn one after another from the stream "knot-laws" of
   * the spec's seed, and the orientation counts (a neuron with w = 0 has no knot and is skipped).
   */
  static Draw draw(InitSpec spec, int networks) {
    Rng rng = Rng.of(spec.seed(), "knot-laws");
    double[] out = new double[networks * spec.width()];
    int m = 0;
    long plus = 0;
    long minus = 0;
    for (int k = 0; k < networks; k++) {
      NetworkParams p = Initializer.draw(spec, rng);
      for (int i = 0; i < p.width(); i++) {
        double w = p.w(i);
        if (w != 0) {
          out[m++] = -p.b(i) / w;
          if (w > 0) {
            plus++;
          } else {
            minus++;
          }
        }
      }
    }
    return new Draw(Arrays.copyOf(out, m), plus, minus);
  }

  private static double fraction(double[] beta, double t) {
    return (double) Arrays.stream(beta).filter(b -> Math.abs(b) <= t).count() / beta.length;
  }

  private static double medianAbs(double[] beta) {
    double[] a = Arrays.stream(beta).map(Math::abs).sorted().toArray();
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : 0.5 * (a[n / 2 - 1] + a[n / 2]);
  }
}
