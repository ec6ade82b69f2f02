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
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.StepSize;
import org.knotwork.experiment.study.SplineStudy;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;

/**
 * Notes &sect;10 check 10 (and &sect;2): gradient descent with step &eta; is the explicit Euler method of the
 * gradient flow, so at a fixed time T its parameters differ from the exact flow's by O(&eta;); halving
 * &eta; halves the error. Checked against the train package's event-driven flow, on a stretch without
 * pattern changes (a smooth ODE, where the ratio is 2 to first order) and on a longer stretch in which
 * knots cross data points (a piecewise-smooth field, where the order stays 1 but the constant
 * depends on where the crossings fall between steps).
 */
public final class GdFlowEntry implements CatalogEntry {
  static final double[] ETAS = {0.04, 0.02, 0.01, 0.005, 0.0025};

  @Override
  public String id() {
    return "gd-flow";
  }

  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public String title() {
    return "Gradient descent tends to the gradient flow as eta -> 0 (docs/spline-lens.md §10, check 10)";
  }

  @Override
  public String claim() {
    return "docs/spline-lens.md §10 check 10: gradient descent with step eta, run to time T = k eta, "
        + "differs from the exact gradient flow at T by O(eta): halving eta halves the error.";
  }

  @Override
  public String tolerance() {
    return "smooth stretch (T = 5, no events): every error ratio err(eta)/err(eta/2) in [1.9, 2.1] "
        + "and the fitted order in [0.95, 1.05]; stretch with knot crossings (T = 40): at least one "
        + "event and the fitted order in [0.8, 1.2]";
  }

  @Override
  public String protocol(Variant variant) {
    return "H = 8, PyTorch default (seed 0), wiggly8 data, eta = 0.04 ... 0.0025, flow at "
        + "relative tolerance 1e-12 (the same in both variants)";
  }

  static ExperimentSpec base(double time) {
    return ExperimentSpec.builder().width(8).budget(StopCriteria.time(time))
        .recording(Recording.every(1_000_000)).build();
  }

  static ExperimentSpec flow(double time) {
    return base(time).toBuilder()
        .method(new Method.Flow(TrainMethod.Flow.withDefaults().withTolerances(1e-12, 1e-14)))
        .build();
  }

  static ExperimentSpec descent(double time, double eta) {
    return base(time).toBuilder().method(new Method.GradientDescent(StepSize.absolute(eta), 0))
        .build();
  }

  @Override
  public Outcome run(CatalogContext context) {
    List<Measurement> ms = new ArrayList<>();
    Table.Builder t = Table.of("errors", "stretch", "eta", "steps", "error");
    List<ExperimentSpec> specs = new ArrayList<>();
    for (double time : new double[] {5, 40}) {
      String stretch = time == 5 ? "smooth" : "crossings";
      List<ExperimentSpec> batch = new ArrayList<>();
      batch.add(flow(time));
      for (double eta : ETAS) {
        batch.add(descent(time, eta));
      }
      specs.addAll(batch);
      List<ExperimentResult> rs = SplineRuns.runAll(context, batch);
      double[] exact = rs.get(0).train().last().theta();
      double[] err = new double[ETAS.length];
      for (int k = 0; k < ETAS.length; k++) {
        double[] th = rs.get(k + 1).train().last().theta();
        double e = 0;
        for (int i = 0; i < th.length; i++) {
          e = Math.max(e, Math.abs(th[i] - exact[i]));
        }
        err[k] = e;
        t.row(stretch, ETAS[k], rs.get(k + 1).metrics().steps(), e);
      }
      double order = fittedOrder(ETAS, err);
      int events = rs.get(0).events().size();
      if (time == 5) {
        ms.add(Measurement.within("smooth: flow events", events, 0, 0));
        for (int k = 0; k + 1 < ETAS.length; k++) {
          ms.add(Measurement.within("smooth: err(" + ETAS[k] + ") / err(" + ETAS[k + 1] + ")",
              err[k] / err[k + 1], 1.9, 2.1));
        }
        ms.add(Measurement.within("smooth: fitted order", order, 0.95, 1.05));
      } else {
        ms.add(Measurement.atLeast("crossings: flow events", events, 1));
        ms.add(Measurement.within("crossings: fitted order", order, 0.8, 1.2));
      }
      ms.add(Measurement.info(stretch + ": max |theta_GD - theta_flow| at eta = "
          + ETAS[ETAS.length - 1], err[ETAS.length - 1]));
    }
    return new Outcome(id(), context.variant(), ms, List.of(t.build()),
        List.of(new Figure("errors", "Distance between gradient descent and the exact flow at T",
            "errors", "eta", List.of("error"), "stretch", "step eta", "max |theta_GD - theta_flow|",
            true, true, "line+points")), SplineStudy.texts(specs));
  }

  /** Least-squares slope of log(err) against log(eta). */
  static double fittedOrder(double[] eta, double[] err) {
    int n = eta.length;
    double mx = 0;
    double my = 0;
    for (int k = 0; k < n; k++) {
      mx += Math.log(eta[k]) / n;
      my += Math.log(err[k]) / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int k = 0; k < n; k++) {
      double dx = Math.log(eta[k]) - mx;
      sxy += dx * (Math.log(err[k]) - my);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }
}
