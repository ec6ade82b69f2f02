package org.knotwork.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.io.experiment.SpecCodec;
import picocli.CommandLine.Option;

/**
 * Flags that build or change an experiment spec (picocli mixin of {@code run} and {@code sweep}).
 * Each flag is shorthand for a {@code --set PATH=VALUE} assignment of {@link SpecCodec}; they apply
 * in a fixed order after the spec file: data, width, seed, init, training, budget, recording, then
 * every {@code --set} in command-line order.
 */
final class SpecOptions {
  @Option(names = "--data", paramLabel = "DATA.csv",
      description = "Data file x,y (spec field data.source=file).")
  Path data;

  @Option(names = "--target", paramLabel = "NAME",
      description = "Generated data: sin, sin3, cubic, abs, square, bump or zero "
          + "(with --n; data.source=generated).")
  String target;

  @Option(names = "--n", paramLabel = "N", description = "Generated data: number of points.")
  Integer n;

  @Option(names = "--noise", paramLabel = "SIGMA", description = "Generated data: noise sd.")
  Double noise;

  @Option(names = "--width", paramLabel = "H", description = "Hidden width.")
  Integer width;

  @Option(names = "--seed", paramLabel = "K", description = "Seed of init and minibatches.")
  Long seed;

  @Option(names = "--scheme", paramLabel = "NAME", description = "Initialisation scheme.")
  String scheme;

  @Option(names = "--scale-w", paramLabel = "A", description = "Multiplier of w.")
  Double scaleW;

  @Option(names = "--scale-b", paramLabel = "A", description = "Multiplier of b.")
  Double scaleB;

  @Option(names = "--scale-v", paramLabel = "A", description = "Multiplier of v.")
  Double scaleV;

  @Option(names = "--antisymmetric", description = "Pair neurons with opposite v (f0 = c).")
  Boolean antisymmetric;

  @Option(names = "--coords", paramLabel = "nn|spline", description = "Training coordinates.")
  String coords;

  @Option(names = "--sum-loss", description = "Train L = 1/2 sum r^2 instead of 1/(2N) sum r^2.")
  Boolean sumLoss;

  @Option(names = "--method", paramLabel = "gd|momentum|adam|flow", description = "Method.")
  String method;

  @Option(names = "--lr", paramLabel = "ETA", description = "Learning rate.")
  Double lr;

  @Option(names = "--lr-unit", paramLabel = "absolute|inverse-ntk",
      description = "inverse-ntk: eta = LR / lambda_max(w J J^T) at initialisation.")
  String lrUnit;

  @Option(names = "--batch", paramLabel = "B", description = "Minibatch size (0 = full batch).")
  Integer batch;

  @Option(names = "--steps", paramLabel = "K", description = "Step budget.")
  Long steps;

  @Option(names = "--time", paramLabel = "T", description = "Time budget.")
  Double time;

  @Option(names = "--loss-threshold", paramLabel = "L", description = "Stop once L <= this.")
  Double lossThreshold;

  @Option(names = "--progress-every", paramLabel = "K", description = "A metrics row every K steps.")
  Long progressEvery;

  @Option(names = "--snapshots", paramLabel = "COUNT",
      description = "COUNT evenly spaced snapshots over the step (or, for the flow, time) budget.")
  Integer snapshots;

  @Option(names = "--hessian", description = "Record the exact final Hessian (hessian.npy).")
  Boolean hessian;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Set any spec field by dotted path, e.g. --set init.rangeLo=-2 (repeatable).")
  List<String> sets = new ArrayList<>();

  /** {@code base} with every given flag applied. */
  ExperimentSpec apply(ExperimentSpec base) {
    List<SpecCodec.Override> o = new ArrayList<>();
    if (data != null) {
      add(o, "data.source", "file");
      add(o, "data.path", quote(data.toString()));
    }
    if (target != null) {
      add(o, "data.source", "generated");
      add(o, "data.target", target);
    }
    put(o, "data.n", n);
    put(o, "data.noise", noise);
    put(o, "width", width);
    put(o, "seed", seed);
    put(o, "init.scheme", scheme);
    put(o, "init.scaleW", scaleW);
    put(o, "init.scaleB", scaleB);
    put(o, "init.scaleV", scaleV);
    put(o, "init.antisymmetric", antisymmetric);
    put(o, "training.coordinates", coords);
    if (sumLoss != null) {
      add(o, "training.loss", sumLoss ? "sum" : "mean");
    }
    put(o, "training.method.rule", method);
    put(o, "training.method.learningRate", lr);
    put(o, "training.method.learningRateUnit", lrUnit);
    put(o, "training.method.batchSize", batch);
    put(o, "budget.maxSteps", steps);
    put(o, "budget.maxTime", time);
    put(o, "budget.lossThreshold", lossThreshold);
    put(o, "recording.progressEvery", progressEvery);
    put(o, "recording.hessian", hessian);
    for (String s : sets) {
      o.add(SpecCodec.Override.parse(s));
    }
    ExperimentSpec spec = SpecCodec.withOverrides(base, o);
    if (snapshots != null) {
      boolean flow = !spec.training().method().isDescent();
      double end = flow ? spec.budget().maxTime() : spec.budget().maxSteps();
      if (!Double.isFinite(end) || end == Long.MAX_VALUE) {
        throw new IllegalArgumentException("--snapshots needs a finite "
            + (flow ? "--time" : "--steps") + " budget");
      }
      spec = SpecCodec.withOverrides(spec, List.of(new SpecCodec.Override("recording.snapshots",
          String.format(Locale.ROOT, "{\"kind\":\"uniform\",\"unit\":\"%s\",\"end\":%s,"
              + "\"count\":%d}", flow ? "time" : "step", flow ? Double.toString(end)
              : Long.toString((long) end), snapshots))));
    }
    return spec;
  }

  private static void put(List<SpecCodec.Override> o, String path, Object value) {
    if (value != null) {
      add(o, path, value.toString());
    }
  }

  private static void add(List<SpecCodec.Override> o, String path, String value) {
    o.add(new SpecCodec.Override(path, value));
  }

  /** A JSON string literal, so that a path is never read as a number or a YAML value. */
  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
