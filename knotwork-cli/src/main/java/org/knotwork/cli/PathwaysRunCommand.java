package org.knotwork.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.SingleRunSpec;
import org.knotwork.pathways.io.SpecTrees;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.study.PathwaysStudy;
import org.knotwork.pathways.train.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork pathways run}: a thin alias of {@code knotwork run} for the {@code pathways} study
 * kind. It builds the study from a spec file (one run, or an experiment recognised by its {@code
 * runs} field) and/or flags, and runs it into the common run directory ({@code RunDirectory}), so
 * {@code knotwork rerun DIR} reproduces it.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train parallel pathways by full-batch gradient descent on the hierarchical "
        + "data (8 items, 15 features) or --data, into a new run directory.",
        "Without --spec the defaults are: 2 pathways of depth 3 and width 64, Gaussian init with "
            + "N eps^2 = 0.1, linear, lr 0.01, sum loss, 2000 steps, seed 1. Flags override the "
            + "spec file's fields (single-run specs only). The run directory's spec.json is the "
            + "canonical spec (kind pathways); 'knotwork rerun DIR' reproduces it.",
        "Prints {\"run\": DIR, \"runs\": [{name, steps, finalLoss, diverged, "
            + "specializationIndex}]}. Exit status 3 if a run diverged, 2 for bad input."})
final class PathwaysRunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--spec", paramLabel = "SPEC.json",
      description = "Run spec or experiment spec (JSON or YAML, the format of spec.json in run "
          + "directories; relative data paths resolve against its directory).")
  Path specFile;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Run directory (new, or an unfinished run of the same spec).")
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

  @Mixin
  ThreadsOption threadsOption;

  @Override
  public Integer call() {
    int threads = threadsOption.count();
    PathwaysSpec base = specFile == null ? null
        : (PathwaysSpec) Studies.read(specFile, PathwaysStudy.NAME).spec();
    Path inputs = specFile == null ? Path.of("").toAbsolutePath()
        : specFile.toAbsolutePath().getParent();
    if (base instanceof ExperimentSpec e) {
      return runExperiment(e, inputs);
    }
    SingleRunSpec single = (SingleRunSpec) base;
    NetworkRunSpec s = resolve(single == null ? null : single.run());
    String dataPath = data != null
        ? (specFile == null ? data.toString() : data.toAbsolutePath().normalize().toString())
        : single != null ? single.data() : "";
    int levels = treeLevels != null ? treeLevels : single != null ? single.treeLevels() : 3;
    Study<PathwaysSpec> study = new Study<>(new PathwaysStudy(),
        new SingleRunSpec(s, levels, dataPath));
    return PathwaysCommand.runAndReport(spec.commandLine().getOut(), out, study, threads, inputs);
  }

  private int runExperiment(ExperimentSpec e, Path inputs) {
    if (name != null || pathways != null || depth != null || depths != null || width != null
        || widths != null || activation != null || readoutActivation != null || eps != null
        || lr != null || steps != null || loss != null || seed != null || recordEvery != null
        || data != null || treeLevels != null) {
      throw new IllegalArgumentException("an experiment spec (with runs) takes only --out, "
          + "--frames and --threads; edit the spec file to change its runs");
    }
    return PathwaysCommand.runAndReport(spec.commandLine().getOut(), out,
        new Study<>(new PathwaysStudy(), withFrames(e, frames)), threadsOption.count(), inputs);
  }

  /** The experiment keeping K at {@code frames} evenly spaced steps of every run (null: as is). */
  static ExperimentSpec withFrames(ExperimentSpec e, Integer frames) {
    if (frames == null) {
      return e;
    }
    List<NetworkRunSpec> runs = new ArrayList<>();
    for (NetworkRunSpec r : e.runs()) {
      runs.add(r.withSnapshotFrames(Math.min(frames, r.train().steps() + 1)));
    }
    return new ExperimentSpec(e.name(), e.description(), e.treeLevels(), runs);
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
    NetworkRunSpec d = SpecTrees.DEFAULT_RUN;
    List<Integer> ds = depths != null ? depths : depth != null ? nCopies(j, depth)
        : base != null && base.depths().size() == j ? base.depths()
        : nCopies(j, d.depths().get(0));
    List<Integer> ws = widths != null ? widths : width != null ? nCopies(j, width)
        : base != null && base.widths().size() == j ? base.widths()
        : nCopies(j, d.widths().get(0));
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
    int k = steps != null ? steps : t != null ? t.steps() : d.train().steps();
    if (k < 0) {
      throw new IllegalArgumentException("--steps must be >= 0, got " + k);
    }
    List<Integer> snaps = t != null && steps == null ? t.snapshotSteps() : List.of(0, k);
    TrainOptions train = new TrainOptions(lr != null ? lr : t != null ? t.lr() : d.train().lr(),
        k, loss != null ? loss : t != null ? t.loss() : d.train().loss(),
        recordEvery != null ? recordEvery : t != null ? t.recordEvery() : Math.max(1, k / 2000),
        snaps);
    NetworkRunSpec s = new NetworkRunSpec(name != null ? name : base != null ? base.name()
        : d.name(), ds, ws, activation != null ? activation : base != null ? base.activation()
            : d.activation(),
        readoutActivation != null ? readoutActivation : base != null && base.readoutActivation(),
        init, train, seed != null ? seed : base != null ? base.seed() : d.seed());
    if (frames != null) {
      s = s.withSnapshotFrames(frames);
    }
    return s;
  }

  private static List<Integer> nCopies(int n, Integer v) {
    return java.util.Collections.nCopies(n, v);
  }
}
