package org.knotwork.experiment.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knotwork.common.catalog.Bound;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.ZeroTolerance;
import org.knotwork.landscape.AtlasRun;
import org.knotwork.landscape.ClassificationTolerances;
import org.knotwork.landscape.CriticalPointReport;
import org.knotwork.landscape.CriticalPointType;
import org.knotwork.landscape.CriticalPoints;
import org.knotwork.landscape.SilentSaddle;
import org.knotwork.landscape.SilentSaddles;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * Notes &sect;3 (S15, S16, E6, check 7): negative curvature at a critical point comes only from silent
 * neurons. A zero-delta-slope neuron inserted at a root of D(&beta;) where S &ne; 0 leaves a critical
 * point with exactly one negative eigenvalue, equal to the prediction of its (&beta;, &mu;) block, and a
 * step t along its eigenvector lowers L by &frac12;t<sup>2</sup>&lambda; + O(t<sup>3</sup>). Checked on fixture C
 * (notes' eigenvalues) and on every such root at the E6 trained minimum.
 */
public final class SilentSaddleEntry implements CatalogEntry {
  static final double[] C_SPLINE = {-0.2271785, 1.3817250, 5.7343424};
  static final double[] C_NETWORK = {-1.1354713, 0, 2.2123212, 5.8120389};

  @Override
  public String id() {
    return "silent-saddle";
  }

  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public String title() {
    return "Saddles come from silent neurons (docs/spline-lens.md §3, S16, E6)";
  }

  @Override
  public String claim() {
    return "docs/spline-lens.md §3 (S16) and E6: a silent neuron (mu = 0) at a root of D(beta) with "
        + "S != 0 makes a strict saddle with exactly one negative eigenvalue, predicted by its "
        + "(beta, mu) block w(R - sqrt(R^2 + 4 S^2))/2; stepping along its eigenvector lowers L by "
        + "1/2 t^2 lambda. Fixture C (x = 0..4, y = (-2, -2, -2, -1, -2), beta = 8/3): spline "
        + "eigenvalues -0.2271785, 1.3817250, 5.7343424; network -1.1354713, 0, 2.2123212, "
        + "5.8120389.";
  }

  @Override
  public String tolerance() {
    return "fixture C eigenvalues to 1e-6 relative to the largest; exactly one negative eigenvalue "
        + "in both coordinates at every inserted saddle; predicted curvature to 1e-10 (relative); "
        + "|dL / (t^2 lambda / 2) - 1| <= 1e-2 at t = 1e-3";
  }

  @Override
  public String protocol(Variant variant) {
    return "the same in both variants";
  }

  @Override
  public Outcome run(CatalogContext context) {
    List<Measurement> ms = new ArrayList<>();
    fixtureC(ms);
    AtlasRun run = Fixtures.e6Minimum(context);
    SweepLoss loss = SweepLoss.of(Fixtures.dataE6());
    NetworkParams min = run.end();
    List<SilentSaddle> saddles = SilentSaddles.find(loss, min.toSpline(), 1e-6, 1e-6);
    ms.add(Measurement.atLeast("E6 minimum: roots of D with S != 0", saddles.size(), 1));
    Table.Builder table = Table.of("saddles", "orientation", "beta", "residual_mass",
        "predicted_curvature", "lambda_min_spline", "negative_network", "negative_spline");
    int k = 0;
    for (SilentSaddle s : saddles) {
      String tag = "saddle " + k++ + " (s = " + s.orientation() + ", beta = "
          + Bound.fmt(s.beta()) + "): ";
      NetworkParams withSilent = SilentSaddles.insert(min, s, 1.0);
      Spectrum nn = CurvaturePoint.network(loss, withSilent)
          .spectrum(false, ZeroTolerance.absolute(1e-10));
      SplineParams sp = SilentSaddles.insert(min.toSpline(), s);
      Spectrum spl = CurvaturePoint.spline(loss, sp).spectrum(false,
          ZeroTolerance.absolute(1e-10));
      ms.add(Measurement.within(tag + "#negative (network)", nn.inertia().negative(), 1, 1));
      ms.add(Measurement.within(tag + "#negative (spline)", spl.inertia().negative(), 1, 1));
      CriticalPointReport rep = CriticalPoints.classify(loss, withSilent,
          ClassificationTolerances.defaults());
      ms.add(Measurement.within(tag + "classified as strict saddle (1 = yes)",
          rep.type() == CriticalPointType.STRICT_SADDLE ? 1 : 0, 1, 1));
      ms.add(Measurement.atMost(tag + "escape curvature vs block prediction, relative",
          rep.escapes().isEmpty() ? Double.POSITIVE_INFINITY
              : Math.abs(rep.escapes().get(0).curvature() / s.curvature() - 1), 1e-10));
      table.row((long) s.orientation(), s.beta(), s.residualMass(), s.curvature(), spl.min(),
          (long) nn.inertia().negative(), (long) spl.inertia().negative());
    }
    SilentSaddle deepest = saddles.stream().min(Comparator.comparingDouble(SilentSaddle::curvature))
        .orElse(null);
    Table.Builder descent = Table.of("escape", "t", "loss_change", "quadratic_prediction");
    if (deepest != null) {
      NetworkParams withSilent = SilentSaddles.insert(min, deepest, 1.0);
      Spectrum spec = CurvaturePoint.network(loss, withSilent)
          .spectrum(true, ZeroTolerance.absolute(1e-10));
      double lambda = spec.min();
      double[] u = spec.eigenvector(0);
      double l0 = loss.loss(withSilent);
      double[] theta = withSilent.toVector();
      for (int j = -20; j <= 20; j++) {
        double t = 0.005 * j;
        double dl = loss.loss(NetworkParams.fromVector(move(theta, u, t))) - l0;
        descent.row(t, dl, 0.5 * t * t * lambda);
      }
      double t = 1e-3;
      double dl = loss.loss(NetworkParams.fromVector(move(theta, u, t))) - l0;
      ms.add(Measurement.below("deepest saddle: loss change at t = 1e-3", dl, 0));
      ms.add(Measurement.atMost("deepest saddle: |dL / (t^2 lambda / 2) - 1| at t = 1e-3",
          Math.abs(dl / (0.5 * t * t * lambda) - 1), 1e-2));
      ms.add(Measurement.info("deepest saddle: lambda_min (network)", lambda));
    }
    return new Outcome(id(), context.variant(), ms, List.of(table.build(), descent.build()),
        List.of(Figure.line("escape", "Loss along the negative eigenvector of the deepest saddle",
            "escape", "t", List.of("loss_change", "quadratic_prediction"), "step t",
            "L - L0")), List.of());
  }

  private static void fixtureC(List<Measurement> ms) {
    double[] x = {0, 1, 2, 3, 4};
    double[] y = {-2, -2, -2, -1, -2};
    SweepLoss loss = SweepLoss.of(new org.knotwork.data.Dataset(x, y), LossNormalization.SUM);
    NetworkParams c = new NetworkParams(new double[] {1}, new double[] {-8.0 / 3},
        new double[] {0}, -1.8);
    for (Coordinates co : Coordinates.values()) {
      CurvaturePoint pt = CurvaturePoint.of(loss, c, co);
      Spectrum s = pt.spectrum(false, ZeroTolerance.scaleAware());
      double[] expected = co == Coordinates.NETWORK ? C_NETWORK : C_SPLINE;
      double scale = expected[expected.length - 1];
      double err = 0;
      for (int k = 0; k < expected.length; k++) {
        err = Math.max(err, Math.abs(s.eigenvalue(k) - expected[k]) / scale);
      }
      ms.add(Measurement.atMost("fixture C, " + co.cliName()
          + ": eigenvalues vs notes, max relative error", err, 1e-6));
      ms.add(Measurement.within("fixture C, " + co.cliName() + ": #negative",
          s.inertia().negative(), 1, 1));
      ms.add(Measurement.below("fixture C, " + co.cliName() + ": gradient norm",
          pt.gradientNorm(), 1e-12));
    }
  }

  private static double[] move(double[] theta, double[] u, double t) {
    double[] m = theta.clone();
    for (int i = 0; i < m.length; i++) {
      m[i] += t * u[i];
    }
    return m;
  }
}
