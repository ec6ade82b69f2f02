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
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.Scale;

/**
 * The authors' figure 6 (notes deep-linear.md &sect;3.2, &sect;3.4, check 9): two linear pathways of
 * depth 7 from two seeds both specialise, and which pathway takes which mode depends on the
 * initialisation. FULL: N = 1000, 10000 steps; QUICK: N = 64, 6000 steps.
 */
final class PathwaysFig6Entry implements CatalogEntry {
  @Override
  public String id() {
    return "pathways-fig6";
  }

  @Override
  public String title() {
    return "Pathways, figure 6: at depth 7 both seeds specialise; the allocation depends on the "
        + "initialisation";
  }

  @Override
  public String claim() {
    return Pathways.NOTES + " sections 3.2, 3.4 and check 9: two linear pathways of depth 7 "
        + "(N eps^2 = 0.1, lr 0.01, sum loss), seeds 345345 and 128373, converge (loss < 1e-10) "
        + "and specialise (SI > 0.65 in every seed); the modes' allocation to the pathways "
        + "differs between initialisations (shown, not checked: two seeds may agree by chance).";
  }

  @Override
  public String tolerance() {
    return "every final loss < 1e-10; SI > 0.65 in both seeds; every block of equal singular "
        + "values learned in total (the shares of both pathways in a block sum to its size, "
        + "within 1e-3)";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL ? "the authors' preset: N = 1000, 10000 steps"
        : "N = 64 (eps = (0.1/64)^(1/2)), 6000 steps";
  }

  @Override
  public Outcome run(CatalogContext context) {
    ExperimentSpec spec = context.full() ? Figures.figure6(Scale.FULL)
        : Pathways.withSteps(Figures.figure6(Scale.QUICK), 6000, 6000);
    ExperimentResult r = Pathways.run(context, spec);
    List<Measurement> ms = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    tables.add(Pathways.runsTable(r));
    for (NetworkRunResult run : r.runs()) {
      String s = "seed " + run.spec().seed();
      ms.add(Measurement.below("final loss, " + s, run.finalLoss(), 1e-10));
      ms.add(Measurement.above("specialisation index, " + s, run.specializationIndex(), 0.65));
      double[][] sh = run.trace().finalShares().shares();
      double gap = 0;
      for (ModeBlock b : run.blocks()) {
        double sum = 0;
        for (int a = b.start(); a < b.end(); a++) {
          sum += sh[0][a] + sh[1][a];
        }
        gap = Math.max(gap, Math.abs(sum - b.size()));
      }
      ms.add(Measurement.below("max over blocks |sum of shares - block size|, " + s, gap, 1e-3));
      ms.add(Measurement.info("share of pathway a in the top mode, " + s, sh[0][0]));
      ms.add(Measurement.info("share of pathway a in the second mode, " + s, sh[0][1]));
      Pathways.describe(run, tables, figures);
    }
    return new Outcome(id(), context.variant(), ms, tables, figures,
        List.of(Pathways.spec(r.spec())));
  }
}
