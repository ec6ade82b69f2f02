package org.knotwork.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyResult;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.SingleRunSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code knotwork pathways}: deep linear networks with parallel pathways (Shi, Shea-Brown and Buice
 * 2022; notes deep-linear.md): single runs, the authors' figure presets, the reduced model's phase
 * plane and rendering of run directories.
 */
@Command(name = "pathways", mixinStandardHelpOptions = true,
    description = {"Deep linear networks with parallel pathways (Shi, Shea-Brown and Buice 2022): "
        + "train, reproduce the authors' figures 3-8 and the unequal-depth extension, render "
        + "figures and a video of the mode coordinates K over training.",
        "Every command writes a run directory of the study kinds pathways or "
            + "pathways-phase-plane: spec.json (the canonical spec), the data, CSV and NumPy "
            + "(.npy) arrays, and manifest.json last; the same spec gives the same bytes (except "
            + "the manifest's times), and 'knotwork rerun DIR' checks it."},
    subcommands = {PathwaysRunCommand.class, PathwaysFigureCommand.class,
        PathwaysPhasePlaneCommand.class, PathwaysRenderCommand.class})
final class PathwaysCommand implements Runnable {
  /** Largest hidden width the CLI accepts (N<sup>2</sup> doubles per hidden layer). */
  static final int MAX_WIDTH = 20_000;
  /** Largest depth the CLI accepts. */
  static final int MAX_DEPTH = 1_000;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs a {@code pathways} study into {@code dir} (the common run directory), prints
   * {@code {"run": DIR, "runs": [{name, steps, finalLoss, diverged, specializationIndex}]}} and
   * returns the exit status (3 if a run diverged).
   */
  static int runAndReport(PrintWriter out, Path dir, Study<PathwaysSpec> study, int threads,
      Path inputs) {
    RunDirectory.Finished f = RunDirectory.run(study, dir,
        RunDirectory.Options.of(threads).inputsFrom(inputs));
    StudyResult r = f.result();
    List<Object> runs = new ArrayList<>();
    if (study.spec() instanceof SingleRunSpec s) {
      runs.add(summary(s.run(), "", r));
    } else {
      for (NetworkRunSpec run : ((ExperimentSpec) study.spec()).runs()) {
        runs.add(summary(run, run.name() + ".", r));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", dir.toString());
    m.put("runs", runs);
    out.println(Json.write(m));
    return r.normal() ? 0 : RunCommand.STOPPED_EARLY;
  }

  /** The one-line summary of a network run, from the study's metrics. */
  private static Map<String, Object> summary(NetworkRunSpec run, String prefix, StudyResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", run.name());
    for (String k : List.of("steps", "finalLoss", "diverged", "specializationIndex")) {
      m.put(k, r.metrics().get(prefix + k));
    }
    return m;
  }

  /** Fails unless 1 &le; v &le; max, naming the option. */
  static void checkRange(String option, int v, int max) {
    if (v < 1 || v > max) {
      throw new IllegalArgumentException(option + " must be in 1.." + max + ", got " + v);
    }
  }
}
