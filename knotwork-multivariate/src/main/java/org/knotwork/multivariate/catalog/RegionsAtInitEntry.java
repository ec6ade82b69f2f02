package org.knotwork.multivariate.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.random.Rng;
import org.knotwork.common.study.Study;
import org.knotwork.multivariate.geometry.Arrangement;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.geometry.Cell;
import org.knotwork.multivariate.geometry.LineCounts;
import org.knotwork.multivariate.init.InitLaws;
import org.knotwork.multivariate.init.InitScheme;
import org.knotwork.multivariate.net.HyperplaneNet;
import org.knotwork.multivariate.net.ShallowNet;
import org.knotwork.multivariate.study.MultivariateStudy;

/**
 * docs/multivariate-deep.md §3.1 and §5: the exact region count of Gaussian-initialised shallow
 * 2-D nets in the box [&minus;1, 1]<sup>2</sup> equals the closed form 1 + L + V for every net
 * (M4), and its mean over nets equals 1 + H p<sub>1</sub> + H(H&minus;1)/2 p<sub>2</sub> (M13),
 * with p<sub>1</sub> from the offset law (M9) by quadrature and p<sub>2</sub> by Monte Carlo over
 * independent pairs of lines; far below the global count 1 + H + H(H&minus;1)/2.
 */
public final class RegionsAtInitEntry implements CatalogEntry {
  private static final double SIGMA_W = 1.0;
  private static final double SIGMA_B = 1.0;
  private static final Box BOX = Box.square(1.0);
  private final MultivariateStudy kind;

  /** The entry of {@code kind}. */
  public RegionsAtInitEntry(MultivariateStudy kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return "multivariate-regions-at-init";
  }

  @Override
  public String title() {
    return "Regions of a shallow 2-D net at initialisation: exact count, closed form, Monte Carlo";
  }

  @Override
  public String claim() {
    return "docs/multivariate-deep.md §3.1, §5 (M4, M13): for Gaussian initialisation (sigma_w = "
        + "sigma_b = 1) the exact number of regions in [-1, 1]^2 is 1 + L + V for every net, and "
        + "its mean is 1 + H p1 + H(H-1)/2 p2 with p1 = P(a line meets the box) from the offset "
        + "law and p2 = P(two lines meet inside the box)";
  }

  @Override
  public String tolerance() {
    return "exact identity: 0 nets off the closed form; mean within 4 combined standard errors "
        + "(nets and the p2 estimate); p1 by quadrature within 4 standard errors of its Monte "
        + "Carlo estimate";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.QUICK
        ? "widths 4, 8, 16, 32; 16 nets each; 100000 line pairs for p2"
        : "widths 4, 8, 16, 32, 64, 128; 200 nets each; 2000000 line pairs for p2";
  }

  /** p1 = P(|beta| < h(theta)) averaged over uniform theta (M13), by the midpoint rule. */
  static double lineProbability() {
    int m = 20_000;
    double s = 0;
    for (int k = 0; k < m; k++) {
      double t = -Math.PI + (k + 0.5) * 2 * Math.PI / m;
      double h = BOX.support(Math.cos(t), Math.sin(t));
      s += InitLaws.gaussianOffsetWithin2d(h, SIGMA_W, SIGMA_B);
    }
    return s / m;
  }

  @Override
  public Outcome run(CatalogContext context) {
    boolean full = context.full();
    int[] widths = full ? new int[] {4, 8, 16, 32, 64, 128} : new int[] {4, 8, 16, 32};
    int nets = full ? 200 : 16;
    int pairs = full ? 2_000_000 : 100_000;
    InitScheme scheme = new InitScheme(InitScheme.Kind.GAUSSIAN, SIGMA_W, SIGMA_B, 1, 0);
    // p1 and p2 by Monte Carlo over independent lines
    Rng lines = Rng.of(0, "regions-at-init/pairs");
    long cross = 0;
    long meet = 0;
    for (int k = 0; k < pairs; k++) {
      HyperplaneNet two = scheme.sample(lines, 2, 2).toHyperplane();
      LineCounts c = LineCounts.of(two, BOX);
      cross += c.lines();
      meet += c.vertices();
    }
    double p1mc = cross / (2.0 * pairs);
    double p1se = Math.sqrt(p1mc * (1 - p1mc) / (2.0 * pairs));
    double p2 = meet / (double) pairs;
    double p2se = Math.sqrt(p2 * (1 - p2) / pairs);
    double p1 = lineProbability();
    List<Measurement> ms = new ArrayList<>();
    ms.add(Measurement.near("p1 quadrature vs Monte Carlo", p1mc, p1, 4 * p1se));
    ms.add(Measurement.info("p2 (Monte Carlo)", p2));
    Table.Builder t = Table.of("regions", "width", "mean_regions", "se", "expected",
        "global_max", "grid_patterns_first_net");
    int offClosedForm = 0;
    int gridExcess = Integer.MIN_VALUE;
    for (int h : widths) {
      double sum = 0;
      double sq = 0;
      double grid = 0;
      for (int k = 0; k < nets; k++) {
        ShallowNet net = scheme.sample(Rng.of(k, "regions-at-init/" + h), h, 2);
        Arrangement a = Arrangement.of(net, BOX);
        int r = a.regions();
        if (r != LineCounts.of(net.toHyperplane(), BOX).regions()) {
          offClosedForm++;
        }
        sum += r;
        sq += (double) r * r;
        if (k == 0) {
          grid = gridPatterns(net);
          gridExcess = Math.max(gridExcess, (int) grid - r);
        }
      }
      double mean = sum / nets;
      double se = Math.sqrt(Math.max(0, sq / nets - mean * mean) / (nets - 1));
      double pairsH = h * (h - 1) / 2.0;
      double expected = 1 + h * p1 + pairsH * p2;
      double tol = 4 * Math.sqrt(se * se + pairsH * pairsH * p2se * p2se);
      ms.add(Measurement.near("mean regions, H = " + h, mean, expected, tol));
      t.row((long) h, mean, se, expected, (double) LineCounts.globalRegions(h), grid);
    }
    ms.add(Measurement.near("nets whose region count differs from 1 + L + V", offClosedForm, 0,
        0));
    ms.add(Measurement.atMost("grid patterns minus exact regions (first net of each width)",
        gridExcess, 0));
    return new Outcome(id(), context.variant(), ms, List.of(t.build()),
        List.of(Figure.line("regions-at-init", "Regions in [-1, 1]^2 at initialisation",
            "regions", "width", List.of("mean_regions", "expected", "global_max",
                "grid_patterns_first_net"), "width H", "regions").withLog(true, true)
            .withStyle("line+points")),
        List.of(new Study<>(kind, kind.example()).json()));
  }

  /** Distinct activation patterns at the points of a 200 x 200 grid (a lower bound). */
  private static double gridPatterns(ShallowNet net) {
    Set<String> seen = new HashSet<>();
    boolean[] p = new boolean[net.width()];
    for (int i = 0; i < 200; i++) {
      for (int j = 0; j < 200; j++) {
        double[] x = {-1 + (i + 0.5) / 100, -1 + (j + 0.5) / 100};
        for (int k = 0; k < p.length; k++) {
          p[k] = net.preActivation(k, x) > 0;
        }
        seen.add(Cell.key(p));
      }
    }
    return seen.size();
  }
}
