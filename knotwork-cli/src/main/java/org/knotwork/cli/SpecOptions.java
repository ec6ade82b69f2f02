package org.knotwork.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.io.InputException;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyKind;
import picocli.CommandLine.Option;

/**
 * Flags that build or change a study's spec (picocli mixin of {@code run} and {@code sweep}): {@code
 * --kind} picks the kind when no spec file names one, {@code --set PATH=VALUE} sets any field of any
 * kind, and the named flags are shorthand for {@code --set} assignments of spline studies. They apply
 * in a fixed order after the spec file: data, width, seed, init, training, budget, recording, then
 * every {@code --set} in command-line order, then {@code --snapshots}.
 */
final class SpecOptions {
  @Option(names = "--kind", paramLabel = "KIND",
      description = "Study kind when no spec file names one (default: spline); "
          + "'knotwork run --kinds' lists them.")
  String kind;

  @Option(names = "--example", description = "Start from the kind's small example (runs in "
      + "seconds) instead of its defaults; with --print-spec, a template to edit.")
  boolean example;

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

  @Option(names = "--checkpoint-every", paramLabel = "K",
      description = "A checkpoint every K steps (resume after a kill continues from it).")
  Long checkpointEvery;

  @Option(names = "--hessian", description = "Record the exact final Hessian (hessian.npy).")
  Boolean hessian;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Set any spec field by dotted path, for any kind, e.g. --set init.rangeLo=-2 "
          + "(repeatable).")
  List<String> sets = new ArrayList<>();

  /** The study kind a spec without a {@code kind} field is read as. */
  static final String DEFAULT_KIND = "spline";

  /**
   * The study of a spec file (or of the defaults of {@code --kind}) with every given flag applied:
   * {@code --set} for any kind, the named flags for spline studies.
   */
  Study<?> resolve(Path specFile) {
    ObjectNode tree;
    if (specFile == null) {
      String k = kind == null ? DEFAULT_KIND : kind;
      if (example) {
        tree = example(Studies.find(k));
      } else {
        tree = JsonNodeFactory.instance.objectNode();
        tree.put(SpecText.KIND, k);
      }
    } else {
      if (example) {
        throw new InputException("--example starts from a kind's example; it cannot be combined "
            + "with a spec file");
      }
      tree = SpecText.read(specFile);
      if (kind != null) {
        String named = SpecText.kind(tree, DEFAULT_KIND);
        if (!named.equals(kind)) {
          throw new InputException("--kind " + kind + " contradicts the spec file's kind "
              + named);
        }
      }
    }
    String k = SpecText.kind(tree, DEFAULT_KIND);
    List<String[]> named = splineFlags();
    if (!named.isEmpty() && !k.equals(DEFAULT_KIND)) {
      throw new InputException(named.get(0)[0] + " applies to spline studies; set fields of a "
          + k + " study with --set PATH=VALUE");
    }
    for (String[] f : named) {
      Studies.set(tree, DEFAULT_KIND, f[1], f[2]);
    }
    for (String s : sets) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new InputException("--set must be PATH=VALUE, e.g. --set init.rangeLo=-2, got '"
            + s + "'");
      }
      Studies.set(tree, DEFAULT_KIND, s.substring(0, eq).strip(), s.substring(eq + 1).strip());
    }
    Study<?> study = Studies.read(tree, DEFAULT_KIND);
    if (snapshots != null) {
      // COUNT evenly spaced snapshots over the resolved step (or flow time) budget
      ObjectNode full = study.tree();
      boolean flow = "flow".equals(full.at("/training/method/rule").asText());
      JsonNode end = full.at(flow ? "/budget/maxTime" : "/budget/maxSteps");
      if (end.isMissingNode() || end.isNull()) {
        throw new InputException("--snapshots needs a finite " + (flow ? "--time" : "--steps")
            + " budget");
      }
      ObjectNode snaps = ((ObjectNode) full.get("recording")).putObject("snapshots");
      snaps.put("kind", "uniform");
      snaps.put("unit", flow ? "time" : "step");
      snaps.set("end", end);
      snaps.put("count", snapshots);
      study = Studies.read(full, DEFAULT_KIND);
    }
    return study;
  }

  private static <S> ObjectNode example(StudyKind<S> kind) {
    return new Study<>(kind, kind.example()).tree();
  }

  /** The given spline flags as {flag, path, value}. */
  private List<String[]> splineFlags() {
    List<String[]> o = new ArrayList<>();
    if (data != null) {
      o.add(new String[] {"--data", "data.source", "file"});
      o.add(new String[] {"--data", "data.path", quote(data.toString())});
    }
    if (target != null) {
      o.add(new String[] {"--target", "data.source", "generated"});
      o.add(new String[] {"--target", "data.target", target});
    }
    put(o, "--n", "data.n", n);
    put(o, "--noise", "data.noise", noise);
    put(o, "--width", "width", width);
    put(o, "--seed", "seed", seed);
    put(o, "--scheme", "init.scheme", scheme);
    put(o, "--scale-w", "init.scaleW", scaleW);
    put(o, "--scale-b", "init.scaleB", scaleB);
    put(o, "--scale-v", "init.scaleV", scaleV);
    put(o, "--antisymmetric", "init.antisymmetric", antisymmetric);
    put(o, "--coords", "training.coordinates", coords);
    if (sumLoss != null) {
      o.add(new String[] {"--sum-loss", "training.loss", sumLoss ? "sum" : "mean"});
    }
    put(o, "--method", "training.method.rule", method);
    put(o, "--lr", "training.method.learningRate", lr);
    put(o, "--lr-unit", "training.method.learningRateUnit", lrUnit);
    put(o, "--batch", "training.method.batchSize", batch);
    put(o, "--steps", "budget.maxSteps", steps);
    put(o, "--time", "budget.maxTime", time);
    put(o, "--loss-threshold", "budget.lossThreshold", lossThreshold);
    put(o, "--progress-every", "recording.progressEvery", progressEvery);
    put(o, "--hessian", "recording.hessian", hessian);
    put(o, "--checkpoint-every", "recording.checkpointEvery", checkpointEvery);
    return o;
  }

  private static void put(List<String[]> o, String flag, String path, Object value) {
    if (value != null) {
      o.add(new String[] {flag, path, value.toString()});
    }
  }

  /** A JSON string literal, so that a path is never read as a number or a YAML value. */
  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
