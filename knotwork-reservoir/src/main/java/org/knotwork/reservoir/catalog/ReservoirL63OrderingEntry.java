package org.knotwork.reservoir.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.study.Study;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.study.ReservoirStudy;
import org.knotwork.reservoir.scoring.ScoreSummary;

/**
 * Reservoir notes &sect;4.2, &sect;8.4 and check 13 on Lorenz 63: D2R2 of degree &ge; 3 forecasts far
 * longer than an LSR ESN, which forecasts about as long as quadratic D2R2, and the HSR ESN is worst.
 */
public final class ReservoirL63OrderingEntry implements CatalogEntry {
  private final ReservoirStudy kind;

  /** The entry of the {@code reservoir} study kind, whose spec text it reports. */
  public ReservoirL63OrderingEntry(ReservoirStudy kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return "reservoir-l63-ordering";
  }

  @Override
  public String title() {
    return "Lorenz 63: D2R2 > LSR ESN ~ quadratic D2R2 > HSR ESN (docs/reservoir.md check 13)";
  }

  @Override
  public String claim() {
    return "docs/reservoir.md §8.4 and check 13 (Pyle et al. 2021): on the authors' Lorenz 63 recipe "
        + "(section 1) D2R2(p=3) beats D2R2(p=2) and every LSR ESN, D2R2(p=4) beats D2R2(p=3), the "
        + "LSR ESN forecasts about as long as quadratic D2R2 (section 4.2: the LSR ESN is in effect "
        + "a quadratic regression), the HSR ESN is worst; mean-curve horizons within 20% of the "
        + "check runs (C): 518 samples for p=2, 1782 for p=3.";
  }

  @Override
  public String tolerance() {
    return "paired t over the test windows > 5 (p3 vs p2, p3 vs each LSR draw) and > 3 (p4 vs p3); "
        + "pooled LSR / quadratic D2R2 mean horizon in [0.8, 1.25]; pooled HSR / pooled LSR < 0.85; "
        + "mean-curve horizons within +-20% of (C)";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL
        ? "the authors' L63 recipe, 100 windows of 2000 steps, " + Reservoirs.FULL_DRAWS
            + " independent LSR and HSR reservoirs (N = 100) each, Lyapunov exponent estimated"
        : "the authors' L63 recipe, the first " + Reservoirs.QUICK_L63_WINDOWS + " of the 100 "
            + "windows, " + Reservoirs.QUICK_DRAWS + " LSR and HSR reservoirs each, no Lyapunov "
            + "estimate; same tolerances";
  }

  @Override
  public Outcome run(CatalogContext context) {
    ExperimentResult r = Reservoirs.l63(context);
    Precision p = Precision.BINARY64;
    ScoreSummary p2 = Reservoirs.score(r, "d2r2-p2", p);
    ScoreSummary p3 = Reservoirs.score(r, "d2r2-p3", p);
    ScoreSummary p4 = Reservoirs.score(r, "d2r2-p4", p);
    int draws = Reservoirs.draws(context.variant());
    List<ScoreSummary> lsr = new ArrayList<>();
    List<ScoreSummary> hsr = new ArrayList<>();
    List<String> models = new ArrayList<>(List.of("d2r2-p2", "d2r2-p3", "d2r2-p4"));
    for (int i = 0; i < draws; i++) {
      lsr.add(Reservoirs.score(r, "lsr-" + i, p));
      hsr.add(Reservoirs.score(r, "hsr-" + i, p));
      models.add("lsr-" + i);
      models.add("hsr-" + i);
    }
    List<Measurement> ms = new ArrayList<>();
    ms.add(Measurement.above("paired t: D2R2 p=3 vs p=2", Reservoirs.pairedT(p3, p2), 5));
    ms.add(Measurement.above("paired t: D2R2 p=4 vs p=3", Reservoirs.pairedT(p4, p3), 3));
    double minT = Double.POSITIVE_INFINITY;
    for (ScoreSummary l : lsr) {
      minT = Math.min(minT, Reservoirs.pairedT(p3, l));
    }
    ms.add(Measurement.above("smallest paired t: D2R2 p=3 vs each LSR ESN", minT, 5));
    double lsrMean = Reservoirs.pooledMean(lsr);
    double hsrMean = Reservoirs.pooledMean(hsr);
    ms.add(Measurement.within("pooled LSR ESN / quadratic D2R2 mean horizon",
        lsrMean / p2.meanHorizon(), 0.8, 1.25));
    ms.add(Measurement.below("pooled HSR ESN / pooled LSR ESN mean horizon", hsrMean / lsrMean,
        0.85));
    ms.add(Measurement.near("D2R2 p=2 mean-curve horizon (samples), (C) 518",
        p2.meanCurveHorizon(), 518, 0.2 * 518));
    ms.add(Measurement.near("D2R2 p=3 mean-curve horizon (samples), (C) 1782",
        p3.meanCurveHorizon(), 1782, 0.2 * 1782));
    ms.add(Measurement.info("D2R2 p=4 mean horizon (samples; window 2000)", p4.meanHorizon()));
    ms.add(Measurement.info("pooled LSR ESN mean horizon (samples), (C) 766", lsrMean));
    ms.add(Measurement.info("pooled HSR ESN mean horizon (samples), (C) 360", hsrMean));
    ms.add(Measurement.info("HSR windows failing at once (all draws)",
        hsr.stream().mapToInt(ScoreSummary::immediateFailures).sum()));
    if (Double.isFinite(r.data().lyapunovExponent())) {
      ms.add(Measurement.info("largest Lyapunov exponent (1/time unit), literature 0.906",
          r.data().lyapunovExponent()));
    }
    List<String> shown = List.of("d2r2-p2", "d2r2-p3", "d2r2-p4", "lsr-0", "hsr-0");
    return new Outcome(id(), context.variant(), ms,
        List.of(Reservoirs.summaryTable("horizons", r, p),
            Reservoirs.curveTable("error-curves", r, shown, p, 10),
            Reservoirs.ecdfTable("horizon-distribution", r, models, p),
            Reservoirs.attractorTable("attractor", r, List.of("d2r2-p4", "lsr-0"), p, 0, 2)),
        List.of(Reservoirs.curveFigure("error-curves", "Lorenz 63: mean relative error per step "
                + "(threshold 0.3)", "error-curves"),
            Reservoirs.ecdfFigure("horizon-distribution", "Lorenz 63: distribution of the "
                + "horizons over the test windows", "horizon-distribution"),
            Reservoirs.attractorFigure("attractor", "Lorenz 63, first window: forecast vs truth "
                + "(x-z projection)", "attractor", 0, 2)),
        List.of(new Study<>(kind, Reservoirs.l63Spec(context.variant())).json()));
  }
}
