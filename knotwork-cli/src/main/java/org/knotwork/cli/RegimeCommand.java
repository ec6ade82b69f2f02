package org.knotwork.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.experiment.study.RegimeStudy;
import org.knotwork.io.DataCsv;
import org.knotwork.common.io.Json;
import org.knotwork.regime.OrderParameters;
import org.knotwork.regime.RegimeExperiment;
import org.knotwork.regime.RegimeResult;
import org.knotwork.regime.RegimeSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code knotwork regime}: the kernel-versus-adaptive experiment of notes &sect;6 at one or several
 * (&alpha;<sub>w</sub>, &alpha;<sub>v</sub>) points, with the order parameters of each run.
 */
@Command(name = "regime", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train antisymmetric networks (f0 = 0) at layer scales (alpha_w, alpha_v) by "
        + "full-batch gradient descent and measure where they land between the kernel regime "
        + "(frozen knots, near the natural cubic spline) and the adaptive regime (knots at the "
        + "data, near the linear interpolant). Notes section 6, E8-E10.",
        "One point (--alpha-w/--alpha-v): one JSON object on stdout. A sweep (--ratios): one CSV "
            + "row per point (header first), to stdout or --out.",
        "A single point is also a 'regime' study: 'knotwork run --spec S.yaml --out DIR' with "
            + "kind: regime writes it into a run directory that 'knotwork rerun' reproduces."})
final class RegimeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DATA.csv",
      description = "Data file x,y (default: the notes' eight-point set).")
  Path data;

  @Option(names = "--alpha-w", paramLabel = "a", description = "First-layer scale |w| (one point).")
  Double alphaW;

  @Option(names = "--alpha-v", paramLabel = "a", description = "Second-layer scale (one point).")
  Double alphaV;

  @Option(names = "--ratios", split = ",", paramLabel = "r1,r2,..",
      description = "Sweep alpha_w/alpha_v over these ratios with alpha_w*alpha_v = 1, e.g. "
          + "16,4,1,0.25,0.0625 (notes E10).")
  double[] ratios;

  @Option(names = "--width", defaultValue = "1000", paramLabel = "H",
      description = "Even width H (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--widths", split = ",", paramLabel = "H1,H2,..",
      description = "Sweep: several widths (rows of the phase diagram) instead of --width.")
  int[] widths;

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--seeds", split = ",", paramLabel = "K1,K2,..",
      description = "Sweep: several seeds (phase diagrams show their mean) instead of --seed.")
  long[] seeds;

  @Option(names = "--figures", paramLabel = "DIR",
      description = "Sweep: write phase diagrams (PNG and SVG) of the order parameters over "
          + "ratio x width, averaged over seeds, into DIR.")
  Path figures;

  @Option(names = "--steps", defaultValue = "400000", paramLabel = "K",
      description = "Step budget (default: ${DEFAULT-VALUE}).")
  long steps;

  @Option(names = "--loss", defaultValue = "1e-10", paramLabel = "L",
      description = "Stop when (1/2) sum r^2 < L (default: ${DEFAULT-VALUE}).")
  double lossThreshold;

  @Option(names = "--lr-factor", defaultValue = "0.5", paramLabel = "c",
      description = "Learning rate = c / lambda_max of the Gauss-Newton Hessian at init "
          + "(default: ${DEFAULT-VALUE}).")
  double lrFactor;

  @Option(names = "--knot-range", defaultValue = "2", paramLabel = "R",
      description = "Initial knots uniform on [-R, R] (default: ${DEFAULT-VALUE}).")
  double knotRange;

  @Option(names = "--epsilon", defaultValue = "0.02", paramLabel = "e",
      description = "Clustering distance of knots to data (default: ${DEFAULT-VALUE}).")
  double epsilon;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output here (atomically).")
  Path out;

  @Override
  public Integer call() {
    boolean point = alphaW != null || alphaV != null;
    if (point == (ratios != null)) {
      throw new IllegalArgumentException(
          "give either --alpha-w and --alpha-v (one point) or --ratios (a sweep)");
    }
    if (point && (widths != null || seeds != null || figures != null)) {
      throw new IllegalArgumentException("--widths, --seeds and --figures go with --ratios");
    }
    if (point && (alphaW == null || alphaV == null)) {
      throw new IllegalArgumentException("--alpha-w and --alpha-v go together");
    }
    Dataset d = data == null ? Dataset.wiggly8() : DataCsv.read(data);
    String text;
    if (point) {
      RegimeResult r = RegimeExperiment.run(d, specAt(alphaW, alphaV));
      text = Json.write(toMap(r)) + "\n";
    } else {
      int[] hs = widths != null ? widths : new int[] {width};
      long[] ks = seeds != null ? seeds : new long[] {seed};
      List<RegimeSpec> specs = new ArrayList<>();
      for (int h : hs) {
        for (double ratio : ratios) {
          if (!(ratio > 0) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("--ratios must be positive, got " + ratio);
          }
          for (long k : ks) {
            specs.add(new RegimeSpec(h, Math.sqrt(ratio), 1 / Math.sqrt(ratio), knotRange,
                lrFactor, steps, lossThreshold, epsilon, k));
          }
        }
      }
      List<RegimeResult> results = RegimeExperiment.sweep(d, specs);
      StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
      for (RegimeResult r : results) {
        sb.append(row(r)).append('\n');
      }
      if (figures != null) {
        PhaseDiagrams.write(figures, ratios, hs, ks.length, results);
      }
      text = sb.toString();
    }
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.writeString(out, text);
    }
    return 0;
  }

  private RegimeSpec specAt(double aw, double av) {
    return new RegimeSpec(width, aw, av, knotRange, lrFactor, steps, lossThreshold, epsilon, seed);
  }

  static final String[] COLUMNS = {"alpha_w", "alpha_v", "width", "seed", "steps", "sum_loss",
      "learning_rate", "relative_parameter_change", "mean_knot_displacement",
      "median_knot_displacement", "mu_mass_near_data", "mu_mass_in_hull",
      "linear_total_variation", "sup_to_natural_cubic_spline", "rms_to_natural_cubic_spline",
      "sup_to_linear_interpolant", "rms_to_linear_interpolant", "ntk_drift"};

  private static String row(RegimeResult r) {
    OrderParameters o = r.order();
    RegimeSpec s = r.spec();
    Object[] v = {s.alphaW(), s.alphaV(), s.width(), s.seed(), r.steps(), r.sumLoss(),
        r.learningRate(), o.relativeParameterChange(), o.meanKnotDisplacement(),
        o.medianKnotDisplacement(), o.muMassNearData(), o.muMassInHull(),
        o.linearTotalVariation(), o.supToCubic(), o.l2ToCubic(), o.supToLinear(), o.l2ToLinear(), o.ntkDrift()};
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < v.length; k++) {
      sb.append(k == 0 ? "" : ",").append(String.valueOf(v[k]).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static Map<String, Object> toMap(RegimeResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", r.spec());
    m.putAll(RegimeStudy.resultMap(r));
    return m;
  }
}
