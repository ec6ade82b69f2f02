package org.knotwork.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.experiment.ExperimentListener;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Experiments;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRun;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.io.DataCsv;
import org.knotwork.pathways.io.RunDirectories;
import org.knotwork.pathways.io.SpecJson;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.train.ProgressListener;
import org.knotwork.pathways.train.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork pathways run}: one network run (a {@code NetworkRunSpec}) or an experiment (an
 * {@code ExperimentSpec}, recognised by its {@code runs} field) from a JSON spec file and/or flags.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train parallel pathways by full-batch gradient descent on the hierarchical "
        + "data (8 items, 15 features) or --data, into a new run directory.",
        "Without --spec the defaults are: 2 pathways of depth 3 and width 64, Gaussian init with "
            + "N eps^2 = 0.1, linear, lr 0.01, sum loss, 2000 steps, seed 1. Flags override the "
            + "spec file's fields (single-run specs only).",
        "Prints {\"run\": DIR, \"runs\": [{name, steps, finalLoss, diverged, "
            + "specializationIndex}]}. Exit status 3 if a run diverged, 2 for bad input."})
final class PathwaysRunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--spec", paramLabel = "SPEC.json",
      description = "Run spec or experiment spec (JSON, the format of spec.json in run "
          + "directories).")
  Path specFile;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "New run directory (must not exist).")
  Path out;

  @Option(names = "--data", paramLabel = "DATA.csv",
      description = "Training data (item,x...,y... table as written to data.csv); default: the "
          + "hierarchical data with --tree-levels levels.")
  Path data;

  @Option(names = "--tree-levels", paramLabel = "L",
      description = "Levels of the hierarchical data's binary tree, 1..12 (3 = the authors' 8 "
          + "items and 15 features; default 3).")
  Integer treeLevels;

  @Option(names = "--name", description = "Run name (default: run).")
  String name;

  @Option(names = "--pathways", paramLabel = "J",
      description = "Number of pathways for --depth/--width (default 2).")
  Integer pathways;

  @Option(names = "--depth", paramLabel = "D", description = "Depth of every pathway.")
  Integer depth;

  @Option(names = "--depths", split = ",", paramLabel = "D1,D2,..",
      description = "Depth per pathway (instead of --depth).")
  List<Integer> depths;

  @Option(names = "--width", paramLabel = "N", description = "Hidden width of every pathway.")
  Integer width;

  @Option(names = "--widths", split = ",", paramLabel = "N1,N2,..",
      description = "Hidden width per pathway (instead of --width).")
  List<Integer> widths;

  @Option(names = "--activation", paramLabel = "A",
      description = "LINEAR, TANH or RELU (after hidden layers).")
  Activation activation;

  @Option(names = "--readout-activation", negatable = true,
      description = "Also apply the activation after each readout (figures 7, 8).")
  Boolean readoutActivation;

  @Option(names = "--eps", paramLabel = "e",
      description = "Gaussian init standard deviation (default: (0.1/N)^(1/2) of the first "
          + "pathway's width).")
  Double eps;

  @Option(names = "--lr", paramLabel = "lr", description = "Learning rate.")
  Double lr;

  @Option(names = "--steps", paramLabel = "K", description = "Gradient steps.")
  Integer steps;

  @Option(names = "--loss", paramLabel = "L",
      description = "SUM (the authors' code) or HALF_SUM (the theory's 1/2-sum).")
  LossConvention loss;

  @Option(names = "--seed", description = "Seed of the run's random streams.")
  Long seed;

  @Option(names = "--record-every", paramLabel = "k",
      description = "Record loss and mode strengths every k steps (default: steps/2000).")
  Integer recordEvery;

  @Option(names = "--frames", paramLabel = "F",
      description = "Keep the full K matrices at F evenly spaced steps (video frames; default: "
          + "the spec's snapshot steps, first and last step without a spec).")
  Integer frames;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
      description = "Worker threads (results do not depend on it; default ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() {
    PathwaysCommand.checkRange("--threads", threads, 256);
    if (specFile != null && isExperiment(specFile)) {
      return runExperiment(SpecJson.readExperiment(specFile));
    }
    NetworkRunSpec s = resolve(specFile == null ? null : SpecJson.readRun(specFile));
    if (Files.exists(out)) {
      throw new IllegalArgumentException(
          "output directory " + out + " already exists; choose a new one");
    }
    IoData d = data != null ? DataCsv.read(data)
        : treeLevels != null ? Hierarchy.binaryTree(treeLevels) : Hierarchy.shiEtAl();
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    NetworkRunResult r = NetworkRun.run(s, d, threads, ProgressListener.NONE);
    RunDirectories.writeRun(out, r, d, started, (System.nanoTime() - t0) / 1e9);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", out.toString());
    m.put("runs", List.of(PathwaysCommand.summary(r)));
    spec.commandLine().getOut().println(Json.write(m));
    return r.trace().diverged() ? TrainCommand.STOPPED_EARLY : 0;
  }

  private int runExperiment(ExperimentSpec e) {
    if (name != null || pathways != null || depth != null || depths != null || width != null
        || widths != null || activation != null || readoutActivation != null || eps != null
        || lr != null || steps != null || loss != null || seed != null || recordEvery != null
        || data != null || treeLevels != null) {
      throw new IllegalArgumentException("an experiment spec (with runs) takes only --out, "
          + "--frames and --threads; edit the spec file to change its runs");
    }
    if (frames != null) {
      List<NetworkRunSpec> runs = new ArrayList<>();
      for (NetworkRunSpec r : e.runs()) {
        runs.add(r.withSnapshotFrames(Math.min(frames, r.train().steps() + 1)));
      }
      e = new ExperimentSpec(e.name(), e.description(), e.treeLevels(), runs);
    }
    return execute(spec.commandLine().getOut(), out, e, threads);
  }

  /** Runs an experiment into {@code dir} and prints its summary. */
  static int execute(java.io.PrintWriter stdout, Path dir, ExperimentSpec e, int threads) {
    if (java.nio.file.Files.exists(dir)) {
      throw new IllegalArgumentException(
          "output directory " + dir + " already exists; choose a new one");
    }
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ExperimentResult r = Experiments.run(e, threads, ExperimentListener.NONE);
    RunDirectories.writeExperiment(dir, r, Hierarchy.binaryTree(e.treeLevels()), started,
        (System.nanoTime() - t0) / 1e9);
    return PathwaysCommand.report(stdout, dir.toString(), r);
  }

  private NetworkRunSpec resolve(NetworkRunSpec base) {
    if (depth != null && depths != null) {
      throw new IllegalArgumentException("give --depth or --depths, not both");
    }
    if (width != null && widths != null) {
      throw new IllegalArgumentException("give --width or --widths, not both");
    }
    int j = pathways != null ? pathways
        : depths != null ? depths.size() : widths != null ? widths.size()
        : base != null ? base.depths().size() : 2;
    PathwaysCommand.checkRange("--pathways", j, 64);
    List<Integer> ds = depths != null ? depths : depth != null ? nCopies(j, depth)
        : base != null && base.depths().size() == j ? base.depths() : nCopies(j, 3);
    List<Integer> ws = widths != null ? widths : width != null ? nCopies(j, width)
        : base != null && base.widths().size() == j ? base.widths() : nCopies(j, 64);
    for (int k = 0; k < ds.size(); k++) {
      PathwaysCommand.checkRange(depths != null ? "--depths[" + k + "]" : "--depth",
          ds.get(k) == null ? 0 : ds.get(k), PathwaysCommand.MAX_DEPTH);
    }
    for (int k = 0; k < ws.size(); k++) {
      PathwaysCommand.checkRange(widths != null ? "--widths[" + k + "]" : "--width",
          ws.get(k) == null ? 0 : ws.get(k), PathwaysCommand.MAX_WIDTH);
    }
    InitSpec init;
    if (eps != null) {
      init = InitSpec.gaussian(eps);
    } else if (base != null) {
      init = base.init();
    } else {
      init = InitSpec.gaussian(Math.sqrt(0.1 / ws.get(0)));
    }
    TrainOptions t = base != null ? base.train() : null;
    int k = steps != null ? steps : t != null ? t.steps() : 2000;
    if (k < 0) {
      throw new IllegalArgumentException("--steps must be >= 0, got " + k);
    }
    List<Integer> snaps = t != null && steps == null ? t.snapshotSteps() : List.of(0, k);
    TrainOptions train = new TrainOptions(lr != null ? lr : t != null ? t.lr() : 0.01, k,
        loss != null ? loss : t != null ? t.loss() : LossConvention.SUM,
        recordEvery != null ? recordEvery : t != null ? t.recordEvery() : Math.max(1, k / 2000),
        snaps);
    NetworkRunSpec s = new NetworkRunSpec(name != null ? name : base != null ? base.name() : "run",
        ds, ws, activation != null ? activation : base != null ? base.activation()
            : Activation.LINEAR,
        readoutActivation != null ? readoutActivation : base != null && base.readoutActivation(),
        init, train, seed != null ? seed : base != null ? base.seed() : 1L);
    if (frames != null) {
      s = s.withSnapshotFrames(frames);
    }
    return s;
  }

  private static List<Integer> nCopies(int n, Integer v) {
    return java.util.Collections.nCopies(n, v);
  }

  private static boolean isExperiment(Path file) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(Files.readString(file));
    } catch (UncheckedIOException | IOException e) {
      throw new IllegalArgumentException("cannot read spec file " + file + ": " + e.getMessage());
    }
    return node != null && node.isObject() && node.has("runs");
  }
}
