package org.knotwork.pathways.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.study.Study;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.NetworkRun;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.train.ProgressListener;
import org.knotwork.pathways.train.Snapshot;
import org.knotwork.pathways.study.PathwaysStudy;
import org.knotwork.pathways.study.PhasePlaneStudy;
import org.knotwork.pathways.train.Trace;

/**
 * What the pathway entries (notes deep-linear.md, companion module knotwork-pathways) share: runs
 * of an experiment on the context's threads (each run single-threaded, so results do not depend on
 * the thread count), and the tables and figures of network runs.
 */
final class Pathways {
  /** Source of every pathway claim. */
  static final String NOTES = "docs/deep-linear.md";

  private Pathways() {}

  /** The experiment's runs, computed once per context, in parallel on its threads. */
  static ExperimentResult run(CatalogContext context, ExperimentSpec spec) {
    return context.memo(spec, () -> {
      IoData data = Hierarchy.binaryTree(spec.treeLevels());
      List<Callable<NetworkRunResult>> tasks = new ArrayList<>();
      for (NetworkRunSpec r : spec.runs()) {
        tasks.add(() -> NetworkRun.run(r, data, 1, ProgressListener.NONE));
      }
      return new ExperimentResult(spec, context.parallel(tasks));
    });
  }

  /** The canonical text of an experiment as a {@code pathways} study (Outcome specs). */
  static String spec(ExperimentSpec spec) {
    return new Study<PathwaysSpec>(new PathwaysStudy(), spec).json();
  }

  /** The canonical text of a phase-plane spec as a {@code pathways-phase-plane} study. */
  static String spec(PhasePlaneSpec spec) {
    return new Study<>(new PhasePlaneStudy(), spec).json();
  }

  /** The preset with the given step counts per run (quick variants). */
  static ExperimentSpec withSteps(ExperimentSpec spec, int... steps) {
    List<NetworkRunSpec> runs = new ArrayList<>();
    for (int i = 0; i < spec.runs().size(); i++) {
      runs.add(spec.runs().get(i).withSteps(steps[i]));
    }
    return new ExperimentSpec(spec.name() + "-quick", spec.description(), spec.treeLevels(),
        runs);
  }

  /** One row per run: shape, loss, specialisation index, half-learning step and final shares. */
  static Table runsTable(ExperimentResult r) {
    int modes = r.runs().get(0).singularValues().length;
    List<String> cols = new ArrayList<>(List.of("run", "depth_a", "depth_b", "width", "seed",
        "steps", "final_loss", "specialisation_index", "half_step_mode1"));
    for (int a = 1; a <= modes; a++) {
      cols.add("share_a_m" + a);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (NetworkRunResult run : r.runs()) {
      NetworkRunSpec s = run.spec();
      List<Object> row = new ArrayList<>(List.of(s.name(), (long) s.depths().get(0),
          (long) s.depths().get(1), (long) s.widths().get(0), s.seed(),
          (long) s.train().steps(), run.finalLoss(), run.specializationIndex(),
          (long) run.halfLearnedStep(0)));
      for (int a = 0; a < modes; a++) {
        row.add(run.trace().finalShares().shares()[0][a]);
      }
      rows.add(row);
    }
    return new Table("runs", cols, rows);
  }

  /** Specialisation index against depth (runs of a depth sweep, one seed). */
  static Table specialisationTable(ExperimentResult r) {
    Table.Builder t = Table.of("specialisation", "depth", "specialisation_index", "final_loss");
    for (NetworkRunResult run : r.runs()) {
      t.row(run.spec().depths().get(0), run.specializationIndex(), run.finalLoss());
    }
    return t.build();
  }

  /** Table name of a run's mode strengths. */
  static String strengthsName(NetworkRunResult run) {
    return "strengths-" + run.spec().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** K<sub>a,&alpha;&alpha;</sub> and K<sub>b,&alpha;&alpha;</sub> over training (at most ~400 rows). */
  static Table strengthsTable(NetworkRunResult run) {
    Trace t = run.trace();
    int modes = t.strengths()[0][0].length;
    List<String> cols = new ArrayList<>(List.of("step", "loss"));
    for (String p : List.of("a", "b")) {
      for (int a = 1; a <= modes; a++) {
        cols.add(p + "_m" + a);
      }
    }
    int every = Math.max(1, t.size() / 400);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (i % every != 0 && i != t.size() - 1) {
        continue;
      }
      List<Object> row = new ArrayList<>(List.of((long) t.steps()[i], t.loss()[i]));
      for (int j = 0; j < 2; j++) {
        for (int a = 0; a < modes; a++) {
          row.add(t.strengths()[i][j][a]);
        }
      }
      rows.add(row);
    }
    return new Table(strengthsName(run), cols, rows);
  }

  /** Line plots of both pathways' mode strengths of a run. */
  static List<Figure> strengthFigures(NetworkRunResult run) {
    int modes = run.singularValues().length;
    List<Figure> out = new ArrayList<>();
    for (String p : List.of("a", "b")) {
      List<String> ys = new ArrayList<>();
      for (int a = 1; a <= modes; a++) {
        ys.add(p + "_m" + a);
      }
      out.add(Figure.line(strengthsName(run) + "-" + p, run.spec().name()
          + ": mode strengths K_" + p + ",alpha alpha over training (pathway " + p + ")",
          strengthsName(run), "step", ys, "step", "K_" + p + ",alpha alpha"));
    }
    return out;
  }

  /** Table name of a run's final K of pathway p ("a" or "b"). */
  static String kName(NetworkRunResult run, String p) {
    return "k-" + p + "-" + run.spec().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The final K of pathway j (0 = a) as (row, col, value), rows and columns from 1. */
  static Table kTable(NetworkRunResult run, int j) {
    List<Snapshot> snaps = run.trace().snapshots();
    double[][] k = snaps.get(snaps.size() - 1).k()[j];
    Table.Builder t = Table.of(kName(run, j == 0 ? "a" : "b"), "row", "col", "value");
    for (int r = 0; r < k.length; r++) {
      for (int c = 0; c < k[r].length; c++) {
        t.row(r + 1, c + 1, k[r][c]);
      }
    }
    return t.build();
  }

  /** Heat maps of both pathways' final K (the authors' final-K panels). */
  static List<Figure> kFigures(NetworkRunResult run) {
    List<Figure> out = new ArrayList<>();
    for (String p : List.of("a", "b")) {
      out.add(Figure.heatmap(kName(run, p), run.spec().name() + ": K_" + p + " = U^T Omega_"
          + p + " V at step " + run.trace().lastStep(), kName(run, p), "col", "row", "value",
          "item mode", "feature mode"));
    }
    return out;
  }

  /** Tables and figures for one run: strengths and final K heat maps. */
  static void describe(NetworkRunResult run, List<Table> tables, List<Figure> figures) {
    tables.add(strengthsTable(run));
    figures.addAll(strengthFigures(run));
    tables.add(kTable(run, 0));
    tables.add(kTable(run, 1));
    figures.addAll(kFigures(run));
  }
}
