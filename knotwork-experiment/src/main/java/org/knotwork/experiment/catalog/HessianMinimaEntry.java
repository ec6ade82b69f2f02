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
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.curvature.GaussNewtonSplit;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.ZeroTolerance;
import org.knotwork.landscape.AtlasRun;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;

/**
 * Notes &sect;4 (S19, E5, check 6): at an interpolating minimum the Hessian has no negative eigenvalue,
 * P &minus; rank J zero eigenvalues, and its positive spectrum is the spectrum of the tangent kernel
 * w&middot;J J<sup>T</sup>; at any minimum where every active-side moment vanishes the Hessian is the
 * Gauss&ndash;Newton matrix. Checked on fixture B (exact) against the notes' eigenvalues, and on the E6
 * trained minimum.
 */
public final class HessianMinimaEntry implements CatalogEntry {
  static final double[] B_NETWORK = {0.0626239, 0.181097, 3.706084, 32.74805, 44.39590};
  static final double[] B_SPLINE = {0.0414117, 0.109537, 1.830105, 15.67608, 27.59287};

  @Override
  public String id() {
    return "hessian-minima";
  }

  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public String title() {
    return "Hessian inertia at minima (docs/spline-lens.md §4, S19, E5)";
  }

  @Override
  public String claim() {
    return "docs/spline-lens.md §4 (S19, E5) and E6: at an interpolating minimum the Hessian has #zero = "
        + "P - rank J, #positive = rank J, no negative eigenvalue, and its positive spectrum equals "
        + "eig(w J J^T). Fixture B (x = (-1.5, -1, 0, 1, 1.5), loss 1/2 sum r^2): network "
        + "coordinates 5 zeros and 0.0626239, 0.181097, 3.706084, 32.74805, 44.39590; spline "
        + "coordinates 2 zeros and 0.0414117, 0.109537, 1.830105, 15.67608, 27.59287. At the E6 "
        + "trained minimum (H = 4, N = 40, P = 13) the Hessian is >= -1e-8 with #positive = rank J "
        + "(7 in the notes' run) and #zero = 13 - rank J.";
  }

  @Override
  public String tolerance() {
    return "fixture B eigenvalues to 1e-6 relative to the largest; counts exact; positive Hessian "
        + "spectrum equal to eig(w J J^T) to 1e-10 (fixture B) and 1e-8 (trained), relative; "
        + "trained minimum: gradient norm < 1e-7, smallest eigenvalue >= -1e-8";
  }

  @Override
  public String protocol(Variant variant) {
    return "the same in both variants (exact linear algebra, one small training run)";
  }

  @Override
  public Outcome run(CatalogContext context) {
    List<Measurement> ms = new ArrayList<>();
    Table.Builder spectra = Table.of("spectra", "point", "coordinates", "index", "eigenvalue");
    SweepLoss lossB = SweepLoss.of(Fixtures.dataB(), LossNormalization.SUM);
    NetworkParams ab = Fixtures.netAB();
    for (Coordinates c : Coordinates.values()) {
      CurvaturePoint pt = CurvaturePoint.of(lossB, ab, c);
      GaussNewtonSplit split = GaussNewtonSplit.of(pt, ZeroTolerance.scaleAware());
      Spectrum s = split.hessian();
      double[] expected = c == Coordinates.NETWORK ? B_NETWORK : B_SPLINE;
      int p = pt.dimension();
      String tag = "fixture B, " + c.cliName() + ": ";
      ms.add(Measurement.within(tag + "#negative", s.inertia().negative(), 0, 0));
      ms.add(Measurement.within(tag + "rank J", split.rankJ(), 5, 5));
      ms.add(Measurement.within(tag + "#zero - (P - rank J)",
          s.inertia().zero() - (p - split.rankJ()), 0, 0));
      ms.add(Measurement.within(tag + "#positive", s.inertia().positive(), 5, 5));
      double[] pos = s.positiveEigenvalues();
      double err = pos.length == expected.length ? 0 : Double.POSITIVE_INFINITY;
      for (int k = 0; k < Math.min(pos.length, expected.length); k++) {
        err = Math.max(err, Math.abs(pos[k] - expected[k]) / expected[expected.length - 1]);
      }
      ms.add(Measurement.atMost(tag + "eigenvalues vs notes, max relative error", err, 1e-6));
      ms.add(Measurement.atMost(tag + "positive spectrum vs eig(w J J^T), relative",
          split.hessianKernelMismatch(), 1e-10));
      double[] all = s.eigenvalues();
      for (int k = 0; k < all.length; k++) {
        spectra.row("fixture-b", c.cliName(), (long) k, all[k]);
      }
    }

    AtlasRun run = Fixtures.e6Minimum(context);
    SweepLoss lossE6 = SweepLoss.of(Fixtures.dataE6());
    for (Coordinates c : Coordinates.values()) {
      CurvaturePoint pt = CurvaturePoint.of(lossE6, run.end(), c);
      String tag = "E6 minimum, " + c.cliName() + ": ";
      if (c == Coordinates.NETWORK) {
        ms.add(Measurement.below(tag + "gradient norm", pt.gradientNorm(), 1e-7));
      }
      GaussNewtonSplit split = GaussNewtonSplit.of(pt, ZeroTolerance.absolute(1e-10));
      Spectrum s = split.hessian();
      ms.add(Measurement.atLeast(tag + "smallest eigenvalue", s.min(), -1e-8));
      ms.add(Measurement.within(tag + "#positive - rank J",
          s.inertia().positive() - split.rankJ(), 0, 0));
      ms.add(Measurement.within(tag + "#zero - (P - rank J)",
          s.inertia().zero() - (pt.dimension() - split.rankJ()), 0, 0));
      ms.add(Measurement.info(tag + "rank J", split.rankJ()));
      ms.add(Measurement.info(tag + "P", pt.dimension()));
      ms.add(Measurement.atMost(tag + "positive spectrum vs eig(w J J^T), relative",
          split.hessianKernelMismatch(), 1e-8));
      double[] all = s.eigenvalues();
      for (int k = 0; k < all.length; k++) {
        spectra.row("e6-minimum", c.cliName(), (long) k, all[k]);
      }
    }
    ms.add(Measurement.info("E6 minimum: gradient-descent steps before the polish", run.steps()));
    return new Outcome(id(), context.variant(), ms, List.of(spectra.build()),
        List.of(new Figure("spectra", "Hessian spectra at minima (sorted eigenvalues)", "spectra",
            "index", List.of("eigenvalue"), "point", "index", "eigenvalue", false, false,
            "scatter")), List.of());
  }
}
