package org.knotwork.pathways.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.pathways.data.ModeBlock;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.Scale;
import org.knotwork.pathways.train.Snapshot;

/**
 * The authors' figure 4 (notes deep-linear.md &sect;3.2 and check 10): K of pathway a over the first
 * nine steps of two depth-2 pathways. In this early (kernel) regime each diagonal entry grows by
 * 2 lr D c<sup>D&minus;1</sup> s<sub>&alpha;</sub> per step with c = N eps<sup>2</sup> = 0.1. Depth 2 has
 * no N &times; N layer, so both variants run at the paper's width N = 1000.
 */
final class PathwaysFig4Entry implements CatalogEntry {
  @Override
  public String id() {
    return "pathways-fig4";
  }

  @Override
  public String title() {
    return "Pathways, figure 4: the first steps follow the kernel-regime growth law";
  }

  @Override
  public String claim() {
    return Pathways.NOTES + " section 3.2 (figure 4) and check 10: two linear pathways of depth "
        + "2, N = 1000, eps = 0.01, lr 0.01, sum loss; over the first 5 steps K_alpha,alpha grows "
        + "per step by 2 lr D c^(D-1) s_alpha with c = N eps^2 = 0.1 (0.0155, 0.0106, 0.0069 for "
        + "s = sqrt15, sqrt7, sqrt3), within 10%.";
  }

  @Override
  public String tolerance() {
    return "relative error <= 10% per block of equal singular values (the growth of the block's "
        + "mean diagonal entry, basis invariant), mean over both pathways";
  }

  @Override
  public String protocol(Variant variant) {
    return "the authors' preset at N = 1000 (depth 2 costs O(N) per step), both variants";
  }

  @Override
  public Outcome run(CatalogContext context) {
    ExperimentResult r = Pathways.run(context, Figures.figure4(Scale.FULL));
    NetworkRunResult run = r.runs().get(0);
    double lr = run.spec().train().lr();
    int depth = run.spec().depths().get(0);
    double c = run.spec().widths().get(0) * Math.pow(run.spec().init().eps(), 2);
    List<Snapshot> snaps = run.trace().snapshots();
    List<Measurement> ms = new ArrayList<>();
    Table.Builder growth = Table.of("growth", "block", "singular_value", "measured", "predicted");
    int b = 0;
    for (ModeBlock blk : run.blocks()) {
      b++;
      double predicted = 2 * lr * depth * Math.pow(c, depth - 1) * blk.value();
      double measured = 0;
      for (int j = 0; j < 2; j++) {
        for (int a = blk.start(); a < blk.end(); a++) {
          measured += snaps.get(5).k()[j][a][a] - snaps.get(0).k()[j][a][a];
        }
      }
      measured /= 2.0 * blk.size() * 5;
      growth.row((long) b, blk.value(), measured, predicted);
      if (b <= 3) {
        ms.add(Measurement.within("growth per step / prediction, s = " + Math.round(
            blk.value() * blk.value()) + "^(1/2)", measured / predicted, 0.9, 1.1));
      } else {
        ms.add(Measurement.info("growth per step / prediction, s = 1", measured / predicted));
      }
    }
    Table.Builder diag = Table.of("diagonal", "step", "mode", "k_a");
    for (Snapshot s : snaps) {
      for (int a = 0; a < run.singularValues().length; a++) {
        diag.row((long) s.step(), (long) (a + 1), s.k()[0][a][a]);
      }
    }
    List<Table> tables = new ArrayList<>(List.of(growth.build(), diag.build()));
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.line("diagonal", "Diagonal of K_a over the first 9 steps (figure 4)",
        "diagonal", "step", List.of("k_a"), "step", "K_a,alpha alpha").groupedBy("mode")
        .withStyle("line+points"));
    tables.add(Pathways.kTable(run, 0));
    tables.add(Pathways.kTable(run, 1));
    figures.addAll(Pathways.kFigures(run));
    return new Outcome(id(), context.variant(), ms, tables, figures,
        List.of(Pathways.spec(r.spec())));
  }
}
