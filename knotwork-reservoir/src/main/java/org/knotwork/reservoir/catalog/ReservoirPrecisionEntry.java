package org.knotwork.reservoir.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.study.Study;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.study.ReservoirStudy;

/**
 * Reservoir notes &sect;6 and check 17: quartic D2R2 barely notices binary16, the LSR ESN loses more of
 * its horizon. Each precision states its scope (weights only, or every stored value).
 */
public final class ReservoirPrecisionEntry implements CatalogEntry {
  private final ReservoirStudy kind;

  /** The entry of the {@code reservoir} study kind, whose spec text it reports. */
  public ReservoirPrecisionEntry(ReservoirStudy kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return "reservoir-precision";
  }

  @Override
  public String title() {
    return "Precision: D2R2 robust, ESN fragile at binary16 on Lorenz 96 (docs/reservoir.md check 17)";
  }

  @Override
  public String claim() {
    return "docs/reservoir.md §6 and check 17 (Pyle et al. 2021): with the model trained in "
        + "binary64 and run at IEEE binary16, quartic D2R2's Lorenz 96 horizon changes by <= 10% "
        + "(A: 2.00 -> 1.86 MTU) while the LSR ESN loses more (A: 1.25 -> 0.42 MTU with a binary16 "
        + "state); scope stated per run: binary16 on the weights only (arithmetic binary64, what the "
        + "authors' 16-bit D2R2 computed) and, in FULL, on every stored value.";
  }

  @Override
  public String tolerance() {
    return "|1 - h16/h64| < 0.10 for D2R2; the ESN's relative loss > 2x D2R2's at every binary16 "
        + "scope and, at binary16 weights, > 0.05";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL
        ? "the Lorenz 96 full-size run of reservoir-l96-ordering scored at binary64, binary32 (every "
            + "operation), binary16 on the weights and binary16 on every stored value"
        : "the quick Lorenz 96 run of reservoir-l96-ordering (N = " + Reservoirs.QUICK_L96_N + ") "
            + "scored at binary64 and binary16 on the weights only (the stored-value and binary32 "
            + "scopes run in FULL)";
  }

  @Override
  public Outcome run(CatalogContext context) {
    ExperimentResult r = Reservoirs.l96(context);
    List<Precision> halves = new ArrayList<>(List.of(Reservoirs.HALF_WEIGHTS));
    if (context.full()) {
      halves.add(Reservoirs.HALF_STORED);
    }
    double d64 = Reservoirs.score(r, "d2r2-p4", Precision.BINARY64).meanHorizon();
    double e64 = Reservoirs.score(r, "esn-lsr", Precision.BINARY64).meanHorizon();
    List<Measurement> ms = new ArrayList<>();
    for (Precision half : halves) {
      double dLoss = 1 - Reservoirs.score(r, "d2r2-p4", half).meanHorizon() / d64;
      double eLoss = 1 - Reservoirs.score(r, "esn-lsr", half).meanHorizon() / e64;
      ms.add(Measurement.below("|D2R2 p=4 relative horizon loss| at " + half.label(),
          Math.abs(dLoss), 0.10));
      ms.add(Measurement.above("LSR ESN loss minus 2x D2R2 loss at " + half.label(),
          eLoss - 2 * dLoss, 0));
      if (half.equals(Reservoirs.HALF_WEIGHTS)) {
        ms.add(Measurement.above("LSR ESN relative horizon loss at " + half.label(), eLoss, 0.05));
      }
    }
    if (context.full()) {
      ms.add(Measurement.info("D2R2 p=4 relative loss at binary32", 1 - Reservoirs.score(r,
          "d2r2-p4", Reservoirs.SINGLE).meanHorizon() / d64));
      ms.add(Measurement.info("LSR ESN relative loss at binary32", 1 - Reservoirs.score(r,
          "esn-lsr", Reservoirs.SINGLE).meanHorizon() / e64));
    }
    List<Precision> shown = new ArrayList<>(List.of(Precision.BINARY64));
    if (context.full()) {
      shown.add(Reservoirs.SINGLE);
    }
    shown.addAll(halves);
    Table.Builder t = Table.of("precision-study", "model", "precision_index", "precision", "format",
        "scope", "mean_horizon_time", "std_horizon_time", "relative_to_binary64");
    for (String m : List.of("d2r2-p4", "esn-lsr")) {
      double base = m.equals("d2r2-p4") ? d64 : e64;
      for (int k = 0; k < shown.size(); k++) {
        Precision p = shown.get(k);
        var s = Reservoirs.score(r, m, p);
        t.row(m, (long) k, p.label(), p.format().label(),
            p.format().isExact() ? "none" : p.scope().label(), r.data().toTime(s.meanHorizon()),
            r.data().toTime(s.stdHorizon()), s.meanHorizon() / base);
      }
    }
    List<Table> tables = new ArrayList<>(List.of(t.build()));
    List<Figure> figures = new ArrayList<>(List.of(new Figure("precision-study",
        "Mean horizon relative to binary64 (precision index: see the table)", "precision-study",
        "precision_index", List.of("relative_to_binary64"), "model", "precision (0 = binary64)",
        "mean horizon / binary64 mean horizon", false, false, "line+points")));
    for (String m : List.of("d2r2-p4", "esn-lsr")) {
      Table.Builder c = Table.of("error-curves-" + m, "model", "time", "mean_error");
      for (Precision p : shown) {
        var s = Reservoirs.score(r, m, p);
        for (int k = 0; k < s.length(); k += context.full() ? 5 : 2) {
          double e = s.meanCurve()[k];
          c.row(p.label(), r.data().toTime(k + 1), Double.isFinite(e) ? e : Double.NaN);
        }
      }
      tables.add(c.build());
      figures.add(Reservoirs.curveFigure("error-curves-" + m, m + ": mean relative error at each "
          + "precision", "error-curves-" + m));
    }
    return new Outcome(id(), context.variant(), ms, tables, figures,
        List.of(new Study<>(kind, Reservoirs.l96Spec(context.variant())).json()));
  }
}
