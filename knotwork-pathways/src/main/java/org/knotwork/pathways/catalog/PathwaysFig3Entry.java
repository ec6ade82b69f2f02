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
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.PhasePlane;
import org.knotwork.pathways.experiment.PhasePlanePanel;
import org.knotwork.pathways.experiment.PhasePlaneResult;
import org.knotwork.pathways.experiment.PhasePlaneSpec;

/**
 * The authors' figure 3 (notes deep-linear.md &sect;2.3, &sect;2.4, &sect;3.3 and check 8): the
 * reduced two-pathway model from 100 random starts per depth and spread, with the script's
 * protocol (Euler, dt = 0.001, 10000 steps) in both variants (a few seconds).
 */
final class PathwaysFig3Entry implements CatalogEntry {
  /** Population mean winner shares of notes &sect;3.3: sd 0.1 then 0.01, depths 2, 3, 8, 13. */
  static final double[][] POPULATION = {{0.556, 0.632, 0.827, 0.884},
      {0.506, 0.515, 0.574, 0.629}};

  @Override
  public String id() {
    return "pathways-fig3";
  }

  /** The demo runs this entry: the reduced model takes seconds. */
  @Override
  public boolean demo() {
    return true;
  }

  @Override
  public String title() {
    return "Pathways, figure 3: in the reduced model depth and a broad start make one pathway win";
  }

  @Override
  public String claim() {
    return Pathways.NOTES + " sections 2.3, 2.4, 3.3 and check 8: reduced model with S = 10, "
        + "c = 1, 100 starts p ~ N(0, sd^2) per panel, t = 10: the mean winner share "
        + "max(K_a, K_b)/S is within 0.03 of the population means (sd 0.1: 0.556, 0.632, 0.827, "
        + "0.884; sd 0.01: 0.506, 0.515, 0.574, 0.629 for D = 2, 3, 8, 13); the pathway with the "
        + "larger initial p wins in every start; every run ends on K_a + K_b = S within 1e-9.";
  }

  @Override
  public String tolerance() {
    return "mean winner share within 0.03 of the population mean (100 starts: standard error "
        + "<= 0.015); larger p wins in 100% of starts; |K_a + K_b - S| < 1e-9 (the Euler "
        + "integrator's distance to the exact end state is reported)";
  }

  @Override
  public String protocol(Variant variant) {
    return "the script's protocol in both variants: Euler, dt = 0.001, 10000 steps, 100 starts "
        + "per panel";
  }

  @Override
  public Outcome run(CatalogContext context) {
    PhasePlaneSpec spec = Figures.figure3();
    PhasePlaneResult r = context.memo(spec, () -> PhasePlane.run(spec));
    List<Measurement> ms = new ArrayList<>();
    Table.Builder panels = Table.of("panels", "spread", "depth", "mean_winner_share",
        "population_mean", "median_winner_share", "fraction_above_0_9", "fraction_above_0_75",
        "larger_p_wins");
    double worstSum = 0;
    double worstGap = 0;
    double minWins = 1;
    for (int s = 0; s < spec.spreads().size(); s++) {
      for (int d = 0; d < spec.depths().size(); d++) {
        double spread = spec.spreads().get(s);
        int depth = spec.depths().get(d);
        PhasePlanePanel p = r.panel(spread, depth);
        ms.add(Measurement.near("mean winner share, sd " + spread + ", D = " + depth,
            p.stats().meanWinnerShare(), POPULATION[s][d], 0.03));
        panels.row(spread, depth, p.stats().meanWinnerShare(), POPULATION[s][d],
            p.stats().medianWinnerShare(), p.stats().fractionAbove90(),
            p.stats().fractionAbove75(), p.stats().largerPWins());
        worstSum = Math.max(worstSum, p.stats().maxSumError());
        worstGap = Math.max(worstGap, p.stats().maxEndStateGap());
        minWins = Math.min(minWins, p.stats().largerPWins());
      }
    }
    ms.add(Measurement.atLeast("smallest fraction of starts won by the larger p", minWins, 1.0));
    ms.add(Measurement.below("max |K_a + K_b - S| at t = 10", worstSum, 1e-9));
    ms.add(Measurement.info("max |K_a - exact end state| / S (Euler error)", worstGap));
    PhasePlanePanel deep = r.panel(0.1, 13);
    Table.Builder traj = Table.of("trajectories-d13", "start", "k_a", "k_b");
    for (int i = 0; i < Math.min(20, deep.trajectories().length); i++) {
      for (double[] k : deep.trajectories()[i]) {
        traj.row((long) (i + 1), k[0], k[1]);
      }
    }
    Table.Builder ends = Table.of("end-states", "spread", "depth", "p0_a", "p0_b", "k_a", "k_b");
    for (PhasePlanePanel p : r.panels()) {
      for (int i = 0; i < p.initialP().length; i++) {
        ends.row(Double.toString(p.spread()), p.depth(), p.initialP()[i][0], p.initialP()[i][1],
            p.endStateK()[i][0], p.endStateK()[i][1]);
      }
    }
    List<Table> tables = List.of(panels.build(), traj.build(), ends.build());
    List<Figure> figures = List.of(
        Figure.line("winner-share", "Mean winner share against depth, per spread of the starts",
            "panels", "depth", List.of("mean_winner_share", "population_mean"), "depth D",
            "max(K_a, K_b) / S").groupedBy("spread").withStyle("line+points"),
        new Figure("phase-plane-d13", "Trajectories (K_a, K_b), D = 13, sd = 0.1, 20 starts",
            "trajectories-d13", "k_a", List.of("k_b"), null, "K_a", "K_b", false, false,
            "scatter"));
    return new Outcome(id(), context.variant(), ms, tables, figures,
        List.of(Pathways.spec(spec)));
  }
}
