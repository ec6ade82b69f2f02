package org.knotwork.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knotwork.common.io.Json;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.NetworkRunResult;
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
        "Every command writes a new run directory (assembled under a temporary name, then "
            + "renamed) with spec.json, the data, CSV and NumPy (.npy) arrays and manifest.json; "
            + "the same spec and seed give the same bytes (except the manifest's times)."},
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

  /** The one-line JSON summary of a network run printed on stdout. */
  static Map<String, Object> summary(NetworkRunResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.spec().name());
    m.put("steps", r.trace().lastStep());
    m.put("finalLoss", r.finalLoss());
    m.put("diverged", r.trace().diverged());
    m.put("specializationIndex",
        r.trace().finalShares().pathways() == 2 ? r.specializationIndex() : null);
    return m;
  }

  /** Prints the experiment's summary and returns the exit status (3 if a run diverged). */
  static int report(PrintWriter out, String dir, ExperimentResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", dir);
    boolean diverged = false;
    java.util.List<Object> runs = new java.util.ArrayList<>();
    for (NetworkRunResult run : r.runs()) {
      runs.add(summary(run));
      diverged |= run.trace().diverged();
    }
    m.put("runs", runs);
    out.println(Json.write(m));
    return diverged ? TrainCommand.STOPPED_EARLY : 0;
  }

  /** Fails unless 1 &le; v &le; max, naming the option. */
  static void checkRange(String option, int v, int max) {
    if (v < 1 || v > max) {
      throw new IllegalArgumentException(option + " must be in 1.." + max + ", got " + v);
    }
  }
}
