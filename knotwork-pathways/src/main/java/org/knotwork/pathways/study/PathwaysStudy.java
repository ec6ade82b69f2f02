package org.knotwork.pathways.study;

import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.InitSpec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.InputException;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.pathways.catalog.PathwaysCatalog;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.experiment.ExperimentListener;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Experiments;
import org.knotwork.pathways.experiment.NetworkRun;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.SingleRunSpec;
import org.knotwork.pathways.io.DataTable;
import org.knotwork.pathways.io.ResultWriter;
import org.knotwork.pathways.io.SpecTrees;

/**
 * The study kind {@code pathways}: parallel pathways trained by full-batch gradient descent (Shi,
 * Shea-Brown and Buice 2022). The spec is one run ({@link SingleRunSpec}: the run's fields at the top
 * level, plus {@code treeLevels} and {@code data}) or an experiment ({@link ExperimentSpec}, with
 * {@code runs}); see {@link SpecTrees} for the text form and its defaults.
 *
 * <p>Files written into the run directory: {@code data.csv} (the training data, the recorded input a
 * rerun reads) and, for one run, the run's result files ({@link ResultWriter#writeRun}); for an
 * experiment, {@code experiment.json} and one sub-directory per run ({@link
 * ResultWriter#writeExperiment}). Runs are deterministic in the spec whatever the thread count.
 */
public final class PathwaysStudy implements StudyKind<PathwaysSpec> {
  /** The kind's name. */
  public static final String NAME = "pathways";
  /** The training data recorded in the run directory. */
  public static final String DATA = "data.csv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "deep linear networks with parallel pathways trained by gradient descent (one run or "
        + "an experiment of runs)";
  }

  @Override
  public Class<PathwaysSpec> specType() {
    return PathwaysSpec.class;
  }

  @Override
  public PathwaysSpec defaults() {
    return SpecTrees.DEFAULT;
  }

  /** A small run (seconds): the one its tests and {@code run --example} use. */
  @Override
  public PathwaysSpec example() {
    return SingleRunSpec.of(new NetworkRunSpec("small", List.of(2, 3), List.of(12, 10),
        Activation.LINEAR, false, InitSpec.gaussian(0.1), 0.01, 60, LossConvention.SUM, 7, 5,
        List.of(0, 30, 60)));
  }

  @Override
  public PathwaysSpec read(SpecNode root) {
    return SpecTrees.readPathways(root);
  }

  @Override
  public ObjectNode write(PathwaysSpec spec) {
    return SpecTrees.write(spec);
  }

  @Override
  public long seed(PathwaysSpec spec) {
    return spec.seed();
  }

  @Override
  public int position() {
    return 50;
  }

  @Override
  public List<CatalogEntry> catalogEntries() {
    return PathwaysCatalog.entries();
  }

  /**
   * The training data of a spec: the hierarchical data, or the spec's data table ({@code
   * StudyContext#input}); on rerun, the copy recorded in the original run directory.
   */
  static IoData data(SingleRunSpec s, StudyContext context) {
    if (s.data().isEmpty()) {
      return Hierarchy.binaryTree(s.treeLevels());
    }
    if (context.recordedRun() != null) {
      return DataTable.read(context.recordedRun().resolve(DATA));
    }
    return DataTable.read(context.input(s.data()));
  }

  @Override
  public StudyResult run(PathwaysSpec spec, StudyContext context) {
    Path dir = context.directory();
    Map<String, Object> metrics = new LinkedHashMap<>();
    if (spec instanceof SingleRunSpec s) {
      IoData data = data(s, context);
      DataTable.write(dir.resolve(DATA), data);
      int steps = s.run().train().steps();
      NetworkRunResult r;
      try {
        r = NetworkRun.run(s.run(), data, context.threads(), (step, n, loss) ->
            context.progress().report(s.run().name(), n == 0 ? 1 : (double) step / n));
      } catch (IllegalArgumentException e) {
        // the spec does not suit the data (e.g. an aligned init narrower than the data's rank)
        throw e instanceof InputException ie ? ie : new InputException(e.getMessage(), e);
      }
      ResultWriter.writeRun(dir, r);
      put(metrics, "", r);
      boolean diverged = r.trace().diverged();
      return new StudyResult(!diverged, diverged
          ? "diverged at step " + r.trace().lastStep() + " of " + steps
          : "trained " + steps + " steps; final loss " + r.finalLoss(), metrics);
    }
    ExperimentSpec e = (ExperimentSpec) spec;
    IoData data = Hierarchy.binaryTree(e.treeLevels());
    DataTable.write(dir.resolve(DATA), data);
    ExperimentResult r = Experiments.run(e, context.threads(), progress(context));
    ResultWriter.writeExperiment(dir, r,
        run -> new Study<PathwaysSpec>(this, new SingleRunSpec(run, e.treeLevels(), "")).json());
    int diverged = 0;
    for (NetworkRunResult run : r.runs()) {
      put(metrics, run.spec().name() + ".", run);
      diverged += run.trace().diverged() ? 1 : 0;
    }
    return new StudyResult(diverged == 0, diverged == 0 ? "trained " + r.runs().size() + " runs"
        : diverged + " of " + r.runs().size() + " runs diverged", metrics);
  }

  private static ExperimentListener progress(StudyContext context) {
    return (run, index, runs, step, steps, loss) -> context.progress().report(run,
        (index + (steps == 0 ? 1 : (double) step / steps)) / runs);
  }

  private static void put(Map<String, Object> m, String prefix, NetworkRunResult r) {
    m.put(prefix + "steps", (long) r.trace().lastStep());
    m.put(prefix + "finalLoss", r.finalLoss());
    m.put(prefix + "diverged", r.trace().diverged());
    if (r.trace().finalShares().pathways() == 2) {
      m.put(prefix + "specializationIndex", r.specializationIndex());
    }
  }
}
