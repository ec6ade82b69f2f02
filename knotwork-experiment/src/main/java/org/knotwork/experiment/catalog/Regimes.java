package org.knotwork.experiment.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.common.catalog.Bound;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.data.Dataset;
import org.knotwork.regime.RegimeExperiment;
import org.knotwork.regime.RegimeResult;
import org.knotwork.regime.RegimeSpec;

/**
 * The regime runs of notes &sect;6 shared by the kernel, adaptive and phase-diagram entries, through
 * the regime package's runner ({@link RegimeExperiment}): the eight-point data set, H = 1000
 * antisymmetric pairs with knots U(&minus;2, 2), |w| = &alpha;<sub>w</sub>, v = &plusmn;&alpha;<sub>v</sub>N(0, 1/H)
 * (f<sub>0</sub> &equiv; 0), full-batch gradient descent with &eta; = factor/&lambda;<sub>max</sub>(w&middot;J J<sup>T</sup>)
 * at initialisation, until &frac12;&Sigma;r<sup>2</sup> &lt; 10<sup>&minus;10</sup> or the step cap. The full
 * variant uses the notes' settings ({@link RegimeSpec#notes}: factor 0.5, cap 4&middot;10<sup>5</sup>);
 * the quick variant factor 1 (the same end points in half the steps) and a cap of
 * {@value #QUICK_CAP} steps.
 */
final class Regimes {
  /** The ladder of E10, kernel end first: (&alpha;<sub>w</sub>, &alpha;<sub>v</sub>). */
  static final double[][] LADDER = {{4, 0.25}, {2, 0.5}, {1, 1}, {0.5, 2}, {0.25, 4}};
  /** Step cap of the quick variant. */
  static final long QUICK_CAP = 60_000;

  private Regimes() {}

  /** The spec of one regime run in a variant. */
  static RegimeSpec spec(Variant variant, double alphaW, double alphaV, long seed) {
    RegimeSpec notes = RegimeSpec.notes(alphaW, alphaV, seed);
    if (variant == Variant.FULL) {
      return notes;
    }
    return new RegimeSpec(notes.width(), alphaW, alphaV, notes.knotRange(), 1.0, QUICK_CAP,
        notes.sumLossThreshold(), notes.epsilon(), seed);
  }

  /** The result of {@code spec} on the eight-point data, computed once per catalog run. */
  static RegimeResult run(CatalogContext context, RegimeSpec spec) {
    return context.memo(spec, () -> RegimeExperiment.run(Dataset.wiggly8(), spec));
  }

  /** The results of {@code specs}, in order, on the context's threads. */
  static List<RegimeResult> runAll(CatalogContext context, List<RegimeSpec> specs) {
    List<Callable<RegimeResult>> tasks = new ArrayList<>();
    for (RegimeSpec s : specs) {
      tasks.add(() -> run(context, s));
    }
    return context.parallel(tasks);
  }

  /** A table row describing a run: its spec and where it ended. */
  static void describe(Table.Builder runs, RegimeResult r) {
    RegimeSpec s = r.spec();
    runs.row(s.alphaW(), s.alphaV(), (long) s.width(), s.knotRange(), s.lrFactor(), s.maxSteps(),
        s.sumLossThreshold(), s.seed(), r.steps(), r.sumLoss(), r.learningRate());
  }

  /** The table of run descriptions. */
  static Table.Builder runsTable() {
    return Table.of("runs", "alpha_w", "alpha_v", "width", "knot_range", "lr_factor", "max_steps",
        "sum_loss_threshold", "seed", "steps", "sum_loss", "learning_rate");
  }

  /** "(aw, av)" for labels. */
  static String label(double alphaW, double alphaV) {
    return "(" + Bound.fmt(alphaW) + ", " + Bound.fmt(alphaV) + ")";
  }
}
