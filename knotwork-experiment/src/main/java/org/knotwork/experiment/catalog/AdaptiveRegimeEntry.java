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
import org.knotwork.net.SplineParams;
import org.knotwork.regime.FrozenKnotLimit;
import org.knotwork.regime.Interpolant;
import org.knotwork.regime.OrderParameters;
import org.knotwork.regime.RegimeResult;
import org.knotwork.experiment.study.RegimeStudy;
import org.knotwork.regime.RegimeSpec;

/**
 * Notes &sect;6 and E9: the adaptive regime. Trained from (&alpha;<sub>w</sub>, &alpha;<sub>v</sub>) = (0.25, 4) at
 * H = 1000 to L &lt; 10<sup>&minus;10</sup>, the knots gather at the data points and the fit approaches a
 * minimum-&int;|f''| (linear-spline) interpolant: Savarese et al. 2019, Williams et al. 2019. The run
 * is the regime package's ({@link org.knotwork.regime.RegimeExperiment}).
 */
public final class AdaptiveRegimeEntry implements CatalogEntry {
  /** Step cap of the quick variant (the run ends earlier, at the loss threshold). */
  static final long QUICK_CAP = 200_000;

  @Override
  public String id() {
    return "adaptive-regime";
  }

  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public String title() {
    return "Adaptive regime: knots at the data, a linear-spline fit (docs/spline-lens.md §6, E9)";
  }

  @Override
  public String claim() {
    return "docs/spline-lens.md E9: at (alpha_w, alpha_v) = (0.25, 4), H = 1000, trained to L < 1e-10, >= 95% of "
        + "the in-hull |mu| mass lies within 0.02 of a data point; sum |mu| in the hull is within "
        + "1% of the linear interpolant's total slope variation (34.65); ||f - linear "
        + "interpolant|| < 0.15 and ||f - natural cubic spline|| > 0.2.";
  }

  @Override
  public String tolerance() {
    return "as stated in the claim (the notes' thresholds)";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL
        ? "the notes' regime run: H = 1000, seed 0, eta = 0.5/lambda_max(w J J^T) at "
            + "initialisation, until 1/2 sum r^2 < 1e-10 (cap 4x10^5 steps)"
        : "H = 1000, seed 0, eta = 1/lambda_max(w J J^T) at initialisation, until 1/2 sum r^2 "
            + "< 1e-10 (cap " + QUICK_CAP + " steps)";
  }

  @Override
  public Outcome run(CatalogContext context) {
    RegimeSpec spec = Regimes.spec(context.variant(), 0.25, 4, 0);
    if (!context.full()) {
      spec = spec.withMaxSteps(QUICK_CAP);
    }
    RegimeResult r = Regimes.run(context, spec);
    OrderParameters op = r.order();
    Dataset d = Dataset.wiggly8();
    List<Measurement> ms = new ArrayList<>();
    ms.add(Measurement.below("final 1/2 sum r^2", r.sumLoss(), spec.sumLossThreshold()));
    ms.add(Measurement.atLeast("fraction of in-hull |mu| mass within 0.02 of a data point",
        op.muMassNearData(), 0.95));
    double tv = Interpolant.linearTotalVariation(d);
    ms.add(Measurement.within("sum |mu| in the hull", op.muMassInHull(), 0.99 * tv, 1.01 * tv));
    ms.add(Measurement.info("linear interpolant's total slope variation", tv));
    ms.add(Measurement.below("||f - linear interpolant|| on the hull", op.supToLinear(), 0.15));
    ms.add(Measurement.above("||f - natural cubic spline|| on the hull", op.supToCubic(), 0.2));
    ms.add(Measurement.info("steps", r.steps()));
    ms.add(Measurement.info("mean |delta beta|", op.meanKnotDisplacement()));
    Table.Builder runs = Regimes.runsTable();
    Regimes.describe(runs, r);
    return new Outcome(id(), context.variant(), ms,
        List.of(fitTable(d, r.trained()), knotTable(r.initial(), r.trained()), runs.build()),
        List.of(Figure.line("fit", "Adaptive regime: the trained network and the two reference "
                + "interpolants", "fit", "x",
            List.of("network", "linear_interpolant", "natural_cubic_spline"), "x", "f(x)"),
            new Figure("knots", "Knots before and after training (|mu| against beta)", "knots",
                "beta", List.of("abs_mu"), "when", "knot beta", "|mu|", false, true, "scatter")),
        RegimeStudy.texts(List.of(spec)));
  }

  /** The fit on the hull with both reference interpolants. */
  static Table fitTable(Dataset d, NetworkParams trained) {
    double[] g = d.hullGrid(FrozenKnotLimit.GRID);
    double[] f = SweepLoss.evaluate(trained, g);
    Interpolant cubic = Interpolant.naturalCubicSpline(d);
    Interpolant lin = Interpolant.linear(d);
    Table.Builder t = Table.of("fit", "x", "network", "linear_interpolant",
        "natural_cubic_spline");
    for (int k = 0; k < g.length; k++) {
      t.row(g[k], f[k], lin.applyAsDouble(g[k]), cubic.applyAsDouble(g[k]));
    }
    return t.build();
  }

  /** Every knot and |&mu;| at initialisation and at the end. */
  static Table knotTable(NetworkParams initial, NetworkParams trained) {
    Table.Builder t = Table.of("knots", "when", "beta", "abs_mu");
    SplineParams s0 = initial.toSpline();
    SplineParams s1 = trained.toSpline();
    for (int i = 0; i < s0.width(); i++) {
      if (s0.orientation(i) != 0) {
        t.row("initial", s0.beta(i), Math.abs(s0.mu(i)));
      }
    }
    for (int i = 0; i < s1.width(); i++) {
      if (s1.orientation(i) != 0) {
        t.row("final", s1.beta(i), Math.abs(s1.mu(i)));
      }
    }
    return t.build();
  }
}
