package org.knotwork.multivariate.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.random.Rng;
import org.knotwork.multivariate.deep.DeepNet;
import org.knotwork.multivariate.geometry.Arrangement;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.geometry.LineCounts;

/**
 * docs/multivariate-deep.md §3.3 and §5.4 (check 12, statistical): exact activation regions in
 * [&minus;1, 1]<sup>2</sup> of random deep nets with two inputs at He initialisation (weights
 * N(0, 2/fan-in), biases N(0, 0.1<sup>2</sup>)), for N = 8, 16, 32 hidden units in total, split
 * over depth 1, 2 or 4. The mean count grows with N at every depth (checked), every count is at
 * most the combinatorial maximum &Pi;<sub>l</sub> (1 + n<sub>l</sub> + n<sub>l</sub>(n<sub>l</sub>
 * &minus; 1)/2) for two inputs (M14; checked: a larger count would be a bug), and its ratio to the
 * count 1 + N + N(N&minus;1)/2 of N lines in general position is reported.
 */
public final class DeepRegionsAtInitEntry implements CatalogEntry {
  private static final int[] TOTALS = {8, 16, 32};
  private static final int[] DEPTHS = {1, 2, 4};

  @Override
  public String id() {
    return "multivariate-deep-regions-at-init";
  }

  @Override
  public String title() {
    return "Regions of deep 2-D nets at initialisation grow with the number of neurons, slowly";
  }

  @Override
  public String claim() {
    return "docs/multivariate-deep.md §3.3, §5.4 (M14): at He initialisation the mean number of "
        + "activation regions in [-1, 1]^2 grows with the total number of neurons N at depths 1, "
        + "2 and 4, far below the combinatorial maximum prod_l (1 + n_l + n_l(n_l - 1)/2) of "
        + "deep nets on two inputs; its ratio to 1 + N + N(N-1)/2 (N lines) is reported";
  }

  @Override
  public String tolerance() {
    return "ordering of the means over N at each depth (strict); every count at most the "
        + "combinatorial maximum; every partition tiles the box (area error below 1e-10 of the "
        + "box)";
  }

  @Override
  public String protocol(Variant variant) {
    return (variant == Variant.QUICK ? "8" : "64") + " seeds per architecture; N = 8, 16, 32; "
        + "depth 1, 2, 4 (equal widths N/depth)";
  }

  /** A He-initialised net of the given depth and width on two inputs. */
  static DeepNet heNet(Rng rng, int depth, int width) {
    double[][][] w = new double[depth][][];
    double[][] b = new double[depth][];
    int in = 2;
    for (int l = 0; l < depth; l++) {
      w[l] = new double[width][in];
      b[l] = new double[width];
      for (int k = 0; k < width; k++) {
        for (int i = 0; i < in; i++) {
          w[l][k][i] = rng.gaussian() * Math.sqrt(2.0 / in);
        }
        b[l][k] = 0.1 * rng.gaussian();
      }
      in = width;
    }
    double[] v = new double[in];
    for (int k = 0; k < in; k++) {
      v[k] = rng.gaussian() / Math.sqrt(in);
    }
    return new DeepNet(w, b, v, 0.0);
  }

  /**
   * The combinatorial maximum of activation regions of a net with two inputs and {@code depth}
   * layers of {@code width} units: &Pi;<sub>l</sub> &Sigma;<sub>j &le; 2</sub> C(width, j) (M14).
   */
  static double maximum(int depth, int width) {
    return Math.pow(1 + width + width * (width - 1) / 2.0, depth);
  }

  @Override
  public Outcome run(CatalogContext context) {
    int seeds = context.full() ? 64 : 8;
    Box box = Box.square(1);
    List<Measurement> ms = new ArrayList<>();
    Table.Builder t = Table.of("regions", "architecture", "depth", "neurons", "mean_regions", "se",
        "lines_count", "maximum");
    Table.Builder all = Table.of("runs", "depth", "neurons", "seed", "regions");
    double worstArea = 0;
    double worstRatio = 0;
    for (int depth : DEPTHS) {
      double previous = Double.NEGATIVE_INFINITY;
      for (int n : TOTALS) {
        double sum = 0;
        double sq = 0;
        for (int s = 0; s < seeds; s++) {
          DeepNet net = heNet(Rng.of(s, "deep-regions/" + depth + "/" + n), depth, n / depth);
          Arrangement a = Arrangement.of(net, box);
          worstArea = Math.max(worstArea, Math.abs(a.totalArea() - box.area()) / box.area());
          worstRatio = Math.max(worstRatio, a.regions() / maximum(depth, n / depth));
          sum += a.regions();
          sq += (double) a.regions() * a.regions();
          all.row((long) depth, (long) n, (long) s, (long) a.regions());
        }
        double mean = sum / seeds;
        double se = Math.sqrt(Math.max(0, sq / seeds - mean * mean) / (seeds - 1));
        double lines = LineCounts.globalRegions(n);
        double max = maximum(depth, n / depth);
        ms.add(Measurement.info("mean regions / N-line count, depth " + depth + ", N = " + n,
            mean / lines));
        ms.add(Measurement.info("mean regions / maximum, depth " + depth + ", N = " + n,
            mean / max));
        if (previous > Double.NEGATIVE_INFINITY) {
          ms.add(Measurement.above("mean gain from the previous N, depth " + depth + ", N = " + n,
              mean - previous, 0));
        }
        previous = mean;
        t.row("depth " + depth, (long) depth, (long) n, mean, se, lines, max);
      }
    }
    ms.add(Measurement.atMost("largest count / combinatorial maximum", worstRatio, 1));
    ms.add(Measurement.below("worst relative area error of a partition", worstArea, 1e-10));
    return new Outcome(id(), context.variant(), ms, List.of(t.build(), all.build()),
        List.of(Figure.line("deep-regions-at-init", "Regions in [-1, 1]^2 at He initialisation",
            "regions", "neurons", List.of("mean_regions"), "neurons N", "mean regions")
            .groupedBy("architecture").withStyle("line+points")), List.of());
  }
}
