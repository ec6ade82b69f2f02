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
import org.knotwork.data.Dataset;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.regime.EmpiricalKernels;
import org.knotwork.regime.FrozenKnotLimit;
import org.knotwork.regime.Interpolant;
import org.knotwork.regime.KernelRegression;
import org.knotwork.regime.RegimeResult;
import org.knotwork.experiment.study.RegimeStudy;
import org.knotwork.regime.RegimeSpec;

/**
 * Notes &sect;6 (S24) and E8: the kernel regime. (a) With knots frozen (|w| = 1, &beta; ~ U(&minus;2, 2),
 * random orientations, f<sub>0</sub> = 0), training v and c converges to the minimum-norm interpolant, which
 * approaches the natural cubic spline as H grows and stays far from the linear interpolant; computed
 * exactly as kernel regression at t = &infin;. (b) A wide network trained from a large
 * &alpha;<sub>w</sub>/&alpha;<sub>v</sub> keeps its knots (mean |&Delta;&beta;| &lt; 10<sup>&minus;3</sup>) and follows the
 * regression with its empirical tangent kernel at initialisation (Jacot et al. 2018): the linearised
 * model after the same number of gradient-descent steps,
 * {@link KernelRegression#predictAfterSteps}. The trained run is the regime package's
 * ({@link org.knotwork.regime.RegimeExperiment}).
 */
public final class KernelRegimeEntry implements CatalogEntry {
  static final double NTK_TOLERANCE = 0.01;
  /** Steps of the trained run in the quick variant. */
  static final long QUICK_STEPS = 10_000;

  @Override
  public String id() {
    return "kernel-regime";
  }

  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public String title() {
    return "Kernel regime: near the cubic spline and the NTK regression (docs/spline-lens.md §6, E8)";
  }

  @Override
  public String claim() {
    return "docs/spline-lens.md §6 (S24) and E8: with frozen knots and minimum norm, ||f - natural cubic "
        + "spline|| on the hull is < 0.05 at H = 4000 and < 0.03 at H = 16000 (3 seeds), and "
        + "||f - linear interpolant|| > 0.25; a network trained at (alpha_w, alpha_v) = (4, 0.25) "
        + "has mean |delta beta| < 1e-3 and stays close to kernel regression with its tangent "
        + "kernel at initialisation.";
  }

  @Override
  public String tolerance() {
    return "frozen knots: every seed < 0.05 to the cubic spline at H = 4000, the mean of seeds 0-2 "
        + "< 0.03 at H = 16000, every fit > 0.25 from the linear interpolant; trained: mean "
        + "|delta beta| < 1e-3 and sup |f - f_NTK| on the hull <= " + NTK_TOLERANCE
        + " (our tolerance: 3% of ||natural cubic spline - linear interpolant|| = 0.32)";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL
        ? "frozen knots H = 4000, 16000, 64000; trained: the notes' regime run (H = 1000, "
            + "eta = 0.5/lambda_max, until 1/2 sum r^2 < 1e-10 or 4x10^5 steps), compared with "
            + "the linearised model after the same gradient-descent steps"
        : "frozen knots H = 4000, 16000; trained: H = 1000, eta = 1/lambda_max, 10^4 steps, "
            + "compared with the linearised model after the same steps";
  }

  @Override
  public Outcome run(CatalogContext context) {
    Dataset d = Dataset.wiggly8();
    List<Measurement> ms = new ArrayList<>();
    Table.Builder frozen = Table.of("frozen-knots", "width", "seed", "sup_to_cubic",
        "sup_to_linear");
    int[] widths = context.full() ? new int[] {4000, 16000, 64000} : new int[] {4000, 16000};
    for (int h : widths) {
      double mean = 0;
      for (int seed = 0; seed < 3; seed++) {
        FrozenKnotLimit fit = FrozenKnotLimit.measure(d, h, 2, seed);
        double[] dist = {fit.supToCubic(), fit.supToLinear()};
        frozen.row((long) h, (long) seed, dist[0], dist[1]);
        mean += dist[0] / 3;
        String tag = "frozen knots H = " + h + ", seed " + seed + ": ";
        if (h == 4000) {
          ms.add(Measurement.below(tag + "||f - cubic spline||", dist[0], 0.05));
        } else {
          ms.add(Measurement.info(tag + "||f - cubic spline||", dist[0]));
        }
        ms.add(Measurement.above(tag + "||f - linear interpolant||", dist[1], 0.25));
      }
      if (h == 16000) {
        ms.add(Measurement.below("frozen knots H = 16000: mean over seeds of ||f - cubic spline||",
            mean, 0.03));
      } else if (h > 16000) {
        ms.add(Measurement.info("frozen knots H = " + h + ": mean over seeds of "
            + "||f - cubic spline||", mean));
      }
    }

    RegimeSpec spec = Regimes.spec(context.variant(), 4, 0.25, 0);
    if (!context.full()) {
      spec = spec.withMaxSteps(QUICK_STEPS);
    }
    RegimeResult r = Regimes.run(context, spec);
    NetworkParams init = r.initial();
    double[] grid = d.hullGrid(FrozenKnotLimit.GRID);
    KernelRegression ntk = new KernelRegression(EmpiricalKernels.tangent(init), d,
        1.0 / d.size());
    double[] fk = ntk.predictAfterSteps(grid, r.steps(), r.learningRate(), d.y(),
        SweepLoss.evaluate(init, d.x()), SweepLoss.evaluate(init, grid));
    double[] fn = SweepLoss.evaluate(r.trained(), grid);
    Interpolant cubic = Interpolant.naturalCubicSpline(d);
    Table.Builder fit = Table.of("trained-vs-ntk", "x", "network", "ntk_regression",
        "natural_cubic_spline");
    double sup = 0;
    for (int k = 0; k < grid.length; k++) {
      sup = Math.max(sup, Math.abs(fn[k] - fk[k]));
      fit.row(grid[k], fn[k], fk[k], cubic.applyAsDouble(grid[k]));
    }
    String tag = "trained " + Regimes.label(4, 0.25) + ", H = " + spec.width() + ": ";
    ms.add(Measurement.below(tag + "mean |delta beta|", r.order().meanKnotDisplacement(), 1e-3));
    ms.add(Measurement.atMost(tag + "sup |f - f_NTK| after the same steps, on the hull", sup,
        NTK_TOLERANCE));
    ms.add(Measurement.info(tag + "relative NTK drift", r.order().ntkDrift()));
    ms.add(Measurement.info(tag + "steps", r.steps()));
    ms.add(Measurement.info(tag + "final 1/2 sum r^2", r.sumLoss()));
    ms.add(Measurement.info(tag + "||f - cubic spline||", r.order().supToCubic()));
    Table.Builder runs = Regimes.runsTable();
    Regimes.describe(runs, r);
    return new Outcome(id(), context.variant(), ms,
        List.of(frozen.build(), fit.build(), runs.build()),
        List.of(Figure.line("trained-vs-ntk", "Kernel regime: trained network, NTK regression and "
                + "natural cubic spline", "trained-vs-ntk", "x",
            List.of("network", "ntk_regression", "natural_cubic_spline"), "x", "f(x)"),
            new Figure("frozen-knots", "Frozen knots: distance to the cubic spline against width",
                "frozen-knots", "width", List.of("sup_to_cubic"), null, "width H",
                "sup |f - cubic spline|", true, true, "scatter")),
        RegimeStudy.texts(List.of(spec)));
  }
}
