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
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.Scale;

/**
 * The authors' depth sweeps, figures 5 (linear), 7 (ReLU after every layer incl. the readout) and
 * 8 (tanh likewise): two pathways of depth 2, 3, 4, 7 on the hierarchical data (notes
 * deep-linear.md &sect;3.2, &sect;3.4, checks 9 and 12). FULL runs the preset at the paper's width
 * N = 1000 and step counts; QUICK at N = 64 (N eps<sup>2</sup> = 0.1 kept) with shorter runs
 * (1000, 2500, 2500, 6000 steps, tanh 1000, 2500, 6000, 6000; at N = 64 the linear runs converge
 * within them).
 */
final class PathwaysSweepEntry implements CatalogEntry {
  private static final int[] QUICK_STEPS = {1000, 2500, 2500, 6000};
  private static final int[] QUICK_STEPS_TANH = {1000, 2500, 6000, 6000};
  private final int figure;

  PathwaysSweepEntry(int figure) {
    if (figure != 5 && figure != 7 && figure != 8) {
      throw new IllegalArgumentException("figure must be 5, 7 or 8, got " + figure);
    }
    this.figure = figure;
  }

  @Override
  public String id() {
    return "pathways-fig" + figure;
  }

  @Override
  public String title() {
    return switch (figure) {
      case 5 -> "Pathways, figure 5: deeper linear pathways specialise (one pathway per mode)";
      case 7 -> "Pathways, figure 7: ReLU pathways with readout ReLU train, with dead outputs";
      default -> "Pathways, figure 8: tanh pathways specialise with depth like linear ones";
    };
  }

  @Override
  public String claim() {
    return switch (figure) {
      case 5 -> Pathways.NOTES + " sections 3.2, 3.4 and check 9: two linear pathways (N eps^2 "
          + "= 0.1, lr 0.01, sum loss) trained to loss < 1e-10 share every mode at depth 2 "
          + "(specialisation index SI < 0.12 at N >= 256) and specialise at depth 7 (SI > 0.65; "
          + "0.04, 0.11, 0.33, 0.88 for D = 2, 3, 4, 7 at N = 1000); stronger modes are learned "
          + "first and deeper nets are slower.";
      case 7 -> Pathways.NOTES + " sections 3.2, 3.4 and check 12: with ReLU after every layer "
          + "including the readout there is no reliable numeric target (runs can stop at an "
          + "integer loss when outputs die); training runs without divergence and the loss falls.";
      default -> Pathways.NOTES + " sections 3.2, 3.4 and check 12: with tanh after every layer "
          + "including the readout the specialisation index rises with depth as for linear "
          + "pathways (0.07, 0.18, 0.35, near 1 at N = 256).";
    };
  }

  @Override
  public String tolerance() {
    return switch (figure) {
      case 5 -> "FULL: every loss < 1e-10, SI(2) < 0.12, SI(7) > 0.65, SI increasing with depth; "
          + "QUICK (N = 64, larger finite-width fluctuations): every loss < 1e-10, SI(2) < 0.25, "
          + "SI(7) > 0.65, SI(7) - SI(2) > 0.4; both: the top mode is half-learned later at "
          + "depth 7 than at depth 2";
      case 7 -> "no run diverges; every loss falls (final < initial); at depths 2-4 the final "
          + "loss is < 1/4 of the initial one (a dead output leaves an integer loss of a few "
          + "units out of 32); depth 7 had not finished in the notes' runs";
      default -> "SI(7) > 0.65 and SI(7) - SI(2) > 0.4; losses at depths 2-4 < 1e-10 (depth 7 "
          + "converges slowly with tanh: reported only)";
    };
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.FULL
        ? "the authors' preset (figure " + figure + "): N = 1000, depths 2, 3, 4, 7, their step "
            + "counts and seed"
        : "N = 64 (eps = (0.1/64)^(1/2)), depths 2, 3, 4, 7 for 1000, 2500, "
            + (figure == 8 ? "6000" : "2500") + ", 6000 steps, the authors' seed as stream label";
  }

  ExperimentSpec spec(Variant v) {
    Scale scale = v == Variant.FULL ? Scale.FULL : Scale.QUICK;
    ExperimentSpec s = Figures.network(Integer.toString(figure), scale);
    return v == Variant.FULL ? s
        : Pathways.withSteps(s, figure == 8 ? QUICK_STEPS_TANH : QUICK_STEPS);
  }

  @Override
  public Outcome run(CatalogContext context) {
    boolean full = context.full();
    ExperimentResult r = Pathways.run(context, spec(context.variant()));
    List<NetworkRunResult> runs = r.runs();
    double[] si = new double[runs.size()];
    List<Measurement> ms = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      NetworkRunResult run = runs.get(i);
      si[i] = run.specializationIndex();
      String d = "D = " + run.spec().depths().get(0);
      ms.add(Measurement.info("specialisation index, " + d, si[i]));
      if (figure == 7) {
        ms.add(Measurement.below("final loss / initial loss, " + d,
            run.finalLoss() / run.trace().loss()[0], run.spec().depths().get(0) < 7 ? 0.25 : 1));
        ms.add(Measurement.below("diverged (1 = yes), " + d, run.trace().diverged() ? 1 : 0,
            0.5));
      } else if (figure == 5 || run.spec().depths().get(0) < 7) {
        ms.add(Measurement.below("final loss, " + d, run.finalLoss(), 1e-10));
      } else {
        ms.add(Measurement.info("final loss, " + d, run.finalLoss()));
      }
    }
    int last = runs.size() - 1;
    if (figure != 7) {
      ms.add(Measurement.above("specialisation index at depth 7", si[last], 0.65));
      ms.add(Measurement.above("SI(7) - SI(2)", si[last] - si[0], 0.4));
    }
    if (figure == 5) {
      ms.add(Measurement.below("specialisation index at depth 2", si[0], full ? 0.12 : 0.25));
      if (full) {
        double minRise = Double.POSITIVE_INFINITY;
        for (int i = 1; i < si.length; i++) {
          minRise = Math.min(minRise, si[i] - si[i - 1]);
        }
        ms.add(Measurement.above("smallest rise of SI from one depth to the next", minRise, 0));
      }
      ms.add(Measurement.above("half-learning step of the top mode, depth 7 minus depth 2",
          runs.get(last).halfLearnedStep(0) - runs.get(0).halfLearnedStep(0), 0));
      ms.add(Measurement.info("half-learning step of the top mode at depth 7",
          runs.get(last).halfLearnedStep(0)));
    }
    List<Table> tables = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    tables.add(Pathways.runsTable(r));
    tables.add(Pathways.specialisationTable(r));
    figures.add(Figure.line("specialisation", "Specialisation index against depth (figure "
        + figure + ")", "specialisation", "depth", List.of("specialisation_index"), "depth D",
        "SI").withStyle("line+points"));
    Pathways.describe(runs.get(last), tables, figures);
    return new Outcome(id(), context.variant(), ms, tables, figures,
        List.of(Pathways.spec(r.spec())));
  }
}
