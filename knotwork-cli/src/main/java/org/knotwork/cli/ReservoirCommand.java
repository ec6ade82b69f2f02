package org.knotwork.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.reservoir.cost.CostTable;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.esn.ReadoutTransform;
import org.knotwork.reservoir.experiment.CsvData;
import org.knotwork.reservoir.experiment.D2r2Spec;
import org.knotwork.reservoir.experiment.EsnSpec;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.Experiments;
import org.knotwork.reservoir.experiment.ModelSpec;
import org.knotwork.reservoir.io.ResultFiles;
import org.knotwork.reservoir.io.TimeSeriesCsv;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.render.ReservoirFigures;
import org.knotwork.reservoir.render.ReservoirRenderer;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.reservoir.study.ReservoirSpecs;
import org.knotwork.reservoir.study.ReservoirStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork reservoir}: echo state networks versus D2R2 on Lorenz systems at 64/32/16 bits
 * (docs/reservoir.md): named presets or spec files into run directories, bring your
 * own series, the operation-count table, and figures of a run directory.
 */
@Command(name = "reservoir", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Reservoir computers (ESN) versus domain-driven regression (D2R2) on Lorenz 63 "
        + "and three-tier Lorenz 96 at 64/32/16 bits (Pyle et al. 2021; notes reservoir.md).",
        "Subcommands: run (preset or spec file), forecast (your own CSV series), cost (operation "
            + "counts), render (figures of a run directory)."},
    subcommands = {ReservoirCommand.Run.class, ReservoirCommand.Forecast.class,
        ReservoirCommand.Cost.class, ReservoirCommand.Render.class})
final class ReservoirCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options shared by the commands that run an experiment (a picocli mixin). */
  static final class RunOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (required unless "
        + "--print-spec); refused if it already holds a finished run.")
    Path out;

    @Option(names = "--precision", split = ",", paramLabel = "P1,P2,..",
        description = "Replace the precisions: FORMAT[:SCOPE], FORMAT binary64|binary32|binary16|"
            + "mMeE (truncation emulator, e.g. m10e5), SCOPE weights|weights-and-inputs|"
            + "stored-values|every-operation (default every-operation).")
    List<String> precisions;

    @Option(names = "--seed", paramLabel = "K",
        description = "Seed of the reservoirs (generated Lorenz 96 data keep their own seed).")
    Long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--print-spec", description = "Print the resolved spec (canonical JSON) and "
        + "stop.")
    boolean printSpec;

    @Option(names = "--progress", description = "Progress lines on stderr.")
    boolean progress;

    ExperimentSpec apply(ExperimentSpec s) {
      if (precisions != null) {
        List<Precision> ps = new ArrayList<>();
        for (String p : precisions) {
          try {
            ps.add(Precision.parse(p));
          } catch (IllegalArgumentException e) {
            throw new InputException("--precision: " + e.getMessage());
          }
        }
        s = s.withPrecisions(ps);
      }
      if (seed != null) {
        s = s.withNameAndSeed(s.name(), seed);
      }
      return s;
    }

    /**
     * Runs {@code s} into {@code --out} through the common run directory ({@code knotwork rerun}
     * repeats it), relative input paths resolving against {@code inputs}.
     */
    Integer execute(CommandSpec cs, ExperimentSpec s, Path inputs) {
      PrintWriter out = cs.commandLine().getOut();
      Study<ExperimentSpec> study = new Study<>(KIND, s);
      if (printSpec) {
        out.print(study.json());
        out.flush();
        return 0;
      }
      if (this.out == null) {
        throw new InputException("--out DIR is required (the run directory)");
      }
      int n = threads.count();
      PrintWriter err = cs.commandLine().getErr();
      StudyContext.Progress log = progress ? (line, fraction) -> {
        err.println("reservoir: " + line);
        err.flush();
      } : StudyContext.Progress.NONE;
      RunDirectory.run(study, this.out,
          RunDirectory.Options.of(n).inputsFrom(inputs).withProgress(log));
      out.println(Json.write(summary(this.out)));
      out.flush();
      return 0;
    }
  }

  /** The study kind. */
  static final ReservoirStudy KIND = new ReservoirStudy();

  /** The JSON printed after a run: per model and precision the horizon statistics. */
  static ObjectNode summary(Path dir) {
    JsonNode s = Json.readTree(dir.resolve("summary.json"), "summary");
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("run", dir.toString());
    o.put("experiment", s.get("experiment").asText());
    ArrayNode models = o.putArray("results");
    for (JsonNode m : s.get("models")) {
      for (JsonNode p : m.get("runs")) {
        ObjectNode n = models.addObject();
        n.put("model", m.get("name").asText());
        for (String f : List.of("precision", "scope", "meanHorizonSamples", "stdHorizonSamples",
            "meanCurveHorizonSamples", "meanHorizonTime")) {
          n.set(f, p.get(f));
        }
      }
    }
    return o;
  }

  /** {@code reservoir run}. */
  @Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Run a named preset or a spec file (kind reservoir; 'knotwork run' takes the "
          + "same file) into a run directory: spec.json, runs.csv (every model and precision with "
          + "its scope), summary.json, horizons.csv (one row per test window), error-curves.csv "
          + "(mean/std/median error per step and the threshold), forecasts.csv (forecast vs "
          + "truth), cost.csv, arrays.npz, series.csv (a csv source's file) and manifest.json "
          + "(version, commit, seed, threads, wall time, metrics, SHA-256 of the other files); "
          + "'knotwork rerun DIR' repeats it.",
          "Presets: l63-comparison, l63-precision, l96-comparison, l96-precision, l96-mantissa, "
              + "l96-exponent (CI size; --full for the notes' sizes).",
          "Prints a JSON summary on stdout. Exit status 2 for bad input."})
  static final class Run implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", description = "A named experiment.")
    String preset;

    @Option(names = "--full", description = "The preset at the notes' full size (minutes).")
    boolean full;

    @Option(names = "--spec", paramLabel = "SPEC.json", description = "A spec file (see the "
        + "README's reservoir section; --print-spec shows a preset's).")
    Path specFile;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
      if ((preset == null) == (specFile == null)) {
        throw new InputException("give exactly one of --preset NAME or --spec FILE");
      }
      if (full && preset == null) {
        throw new InputException("--full goes with --preset");
      }
      ExperimentSpec s;
      Path inputs = Path.of("").toAbsolutePath();
      if (preset != null) {
        if (!Experiments.NAMES.contains(preset)) {
          throw new InputException("--preset must be one of " + String.join(", ",
              Experiments.NAMES) + ", got '" + preset + "'");
        }
        s = Experiments.byName(preset, full ? Experiments.Scale.FULL : Experiments.Scale.CI);
      } else {
        Study<?> read = Studies.read(specFile, ReservoirStudy.NAME);
        if (!(read.spec() instanceof ExperimentSpec e)) {
          throw new InputException("--spec " + specFile + " is a " + read.kind().name()
              + " spec; run it with 'knotwork run --spec'");
        }
        s = e;
        inputs = specFile.toAbsolutePath().getParent();
      }
      return options.execute(spec, options.apply(s), inputs);
    }
  }

  /** {@code reservoir forecast}: bring your own series. */
  @Command(name = "forecast", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Train and score models on your own time series (CSV: one sample per line, "
          + "one column per component, optional header and time column): the first --train "
          + "samples train every model, then --count windows of --window steps follow. Same run "
          + "directory as 'reservoir run' (the series is copied to series.csv; the spec names "
          + "--series as given, relative to the working directory).",
          "Models: d2r2:P (D2R2 of degree P), lsr:N and hsr:N (the notes' LSR/HSR ESN recipes "
              + "with N nodes, T2 readout), beta 1e-4."})
  static final class Forecast implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--series", required = true, paramLabel = "SERIES.csv",
        description = "The series.")
    Path series;

    @Option(names = "--dt", required = true, paramLabel = "DT",
        description = "Sampling interval in time units.")
    double dt;

    @Option(names = "--time-column", defaultValue = "-1", paramLabel = "C",
        description = "0-based column of time stamps to drop (default: none).")
    int timeColumn;

    @Option(names = "--train", required = true, paramLabel = "T", description = "Training samples.")
    int train;

    @Option(names = "--window", required = true, paramLabel = "L",
        description = "Forecast steps per test window.")
    int window;

    @Option(names = "--count", defaultValue = "100", paramLabel = "W",
        description = "Test windows (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--stride", paramLabel = "S",
        description = "Samples between window origins (default: --window).")
    Integer stride;

    @Option(names = "--models", split = ",", defaultValue = "d2r2:2,lsr:500",
        paramLabel = "M1,M2,..", description = "Models (default: ${DEFAULT-VALUE}).")
    List<String> models;

    @Option(names = "--scaling", defaultValue = "zscore-global", paramLabel = "RULE",
        description = "none, std-per-component, zscore-global or zscore-per-component, fitted on "
            + "the training segment (default: ${DEFAULT-VALUE}).")
    String scaling;

    @Option(names = "--threshold", defaultValue = "0.3", paramLabel = "E",
        description = "Failure threshold of the relative error (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--warmup", defaultValue = "50", paramLabel = "H",
        description = "ESN synchronisation steps (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--name", defaultValue = "forecast", paramLabel = "NAME",
        description = "Experiment name (default: ${DEFAULT-VALUE}).")
    String name;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
      if (!(dt > 0) || !Double.isFinite(dt)) {
        throw new InputException("--dt must be finite and > 0, got " + dt);
      }
      if (!(threshold > 0) || !Double.isFinite(threshold)) {
        throw new InputException("--threshold must be finite and > 0, got " + threshold);
      }
      TimeSeries ts = TimeSeriesCsv.read(series, dt, timeColumn, "--series");
      if (train < 2 || train >= ts.length()) {
        throw new InputException("--train must be in [2, " + (ts.length() - 1) + "] for a series "
            + "of " + ts.length() + " samples, got " + train);
      }
      if (window < 1 || count < 1 || (stride != null && stride < 1)) {
        throw new InputException("--window, --count and --stride must be >= 1");
      }
      if (warmup < 1 || warmup > train) {
        throw new InputException("--warmup must be in [1, --train], got " + warmup);
      }
      List<ModelSpec> ms = new ArrayList<>();
      for (String m : models) {
        ms.add(parseModel(m));
      }
      TestWindows w = new TestWindows(train - 1, count, stride == null ? window : stride, window);
      if (w.requiredLength() > ts.length()) {
        throw new InputException("--count " + count + " windows of --window " + window
            + " need " + w.requiredLength() + " samples, the series has " + ts.length());
      }
      ExperimentSpec s;
      try {
        s = new ExperimentSpec(name, new CsvData(series.toString(), dt, timeColumn),
            Scaling.parse(scaling), train, w, warmup, threshold, ms,
            List.of(Precision.BINARY64), Experiments.SEED, Math.min(1, count), 0, false, true);
      } catch (InputException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
      return options.execute(spec, options.apply(s), Path.of("").toAbsolutePath());
    }

    static ModelSpec parseModel(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      int colon = t.indexOf(':');
      if (colon < 0) {
        throw new InputException("--models: '" + text + "' must be d2r2:P, lsr:N or hsr:N");
      }
      String kind = t.substring(0, colon);
      int v;
      try {
        v = Integer.parseInt(t.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new InputException("--models: '" + text + "' must end with an integer");
      }
      switch (kind) {
        case "d2r2":
          if (v < 1 || v > 12) {
            throw new InputException("--models: D2R2 degree must be in [1, 12], got " + v);
          }
          return new D2r2Spec("d2r2-p" + v, v, Experiments.RIDGE);
        case "lsr":
        case "hsr":
          if (v < 8 || v > ReservoirSpecs.MAX_RESERVOIR) {
            throw new InputException("--models: reservoir size must be in [8, "
                + ReservoirSpecs.MAX_RESERVOIR + "], got " + v);
          }
          EsnConfig c = kind.equals("lsr") ? EsnConfig.lsrLorenz96(v) : EsnConfig.hsrLorenz96(v);
          return new EsnSpec("esn-" + kind + "-" + v, c);
        default:
          throw new InputException("--models: '" + text + "' must be d2r2:P, lsr:N or hsr:N");
      }
    }
  }

  /** {@code reservoir cost}. */
  @Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Operation counts (notes section 7) for configured sizes: per forecast step "
          + "multiplies, adds and tanh calls, training feature/Gram/solve flops, and the ratios to "
          + "the first D2R2 row. CSV on stdout (or --out), --markdown for a table."})
  static final class Cost implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--inputs", defaultValue = "8", paramLabel = "K",
        description = "Inputs K (8 for Lorenz 96 X, 3 for Lorenz 63; default ${DEFAULT-VALUE}).")
    int inputs;

    @Option(names = "--degrees", split = ",", defaultValue = "2,4", paramLabel = "P1,..",
        description = "D2R2 degrees (default: ${DEFAULT-VALUE}).")
    int[] degrees;

    @Option(names = "--esn-sizes", split = ",", defaultValue = "500,2000,5000",
        paramLabel = "N1,..", description = "ESN reservoir sizes (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--esn-degree", defaultValue = "3", paramLabel = "D",
        description = "Non-zeros per row of A (default: ${DEFAULT-VALUE}).")
    double esnDegree;

    @Option(names = "--transform", defaultValue = "T2", paramLabel = "T",
        description = "Readout transform NONE, T1, T1_EVEN or T2 (default: ${DEFAULT-VALUE}).")
    String transform;

    @Option(names = "--train", defaultValue = "500000", paramLabel = "T",
        description = "Training pairs (default: ${DEFAULT-VALUE}).")
    long train;

    @Option(names = "--markdown", description = "A markdown table instead of CSV.")
    boolean markdown;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically).")
    Path out;

    @Override
    public Integer call() throws Exception {
      if (inputs < 1 || inputs > 10_000) {
        throw new InputException("--inputs must be in [1, 10000], got " + inputs);
      }
      if (train < 1) {
        throw new InputException("--train must be >= 1, got " + train);
      }
      for (int n : sizes) {
        if (n < 1 || n > 1_000_000) {
          throw new InputException("--esn-sizes must be in [1, 1000000], got " + n);
        }
      }
      for (int p : degrees) {
        if (p < 1 || p > 12) {
          throw new InputException("--degrees must be in [1, 12], got " + p);
        }
      }
      if (!(esnDegree > 0) || !Double.isFinite(esnDegree)) {
        throw new InputException("--esn-degree must be finite and > 0, got " + esnDegree);
      }
      ReadoutTransform t;
      try {
        t = ReadoutTransform.valueOf(transform);
      } catch (IllegalArgumentException e) {
        throw new InputException("--transform must be NONE, T1, T1_EVEN or T2, got '" + transform
            + "'");
      }
      CostTable table;
      try {
        table = CostTable.configured(inputs, train, degrees, sizes, esnDegree, t);
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
      Path tmp = java.nio.file.Files.createTempFile("knotwork-cost", ".csv");
      String csv;
      try {
        ResultFiles.writeCost(table, tmp);
        csv = java.nio.file.Files.readString(tmp);
      } finally {
        java.nio.file.Files.deleteIfExists(tmp);
      }
      String text = markdown ? ReservoirFigures.markdownTable(csv) : csv;
      if (out == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        AtomicFiles.writeString(out, text);
      }
      return 0;
    }
  }

  /** {@code reservoir render}. */
  @Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Figures of a finished run directory, into RUN_DIR/figures (or --out): "
          + "error-curves.png (mean error per step, log scale, with the failure threshold), "
          + "horizons.png (box plots of the per-window horizons), attractor-MODEL.png (forecast "
          + "vs truth of the first kept window in two components), cost.md (the cost table). "
          + "Same run directory, same bytes.",
          "Prints {\"figures\": [FILES]} on stdout."})
  static final class Render implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A finished run directory.")
    Path run;

    @Option(names = "--out", paramLabel = "DIR", description = "Figure folder (default: "
        + "RUN_DIR/figures).")
    Path out;

    @Option(names = "--components", split = ",", paramLabel = "I,J",
        description = "0-based components of the attractor plots (default: 0,2, x-z for Lorenz "
            + "63; 0 and the last of a series with fewer than three components).")
    int[] components;

    @Option(names = "--svg", description = "Also write SVG versions of the charts.")
    boolean svg;

    @Override
    public Integer call() {
      if (!RunDirectory.isFinished(run)) {
        throw new InputException(run + " is not a finished reservoir run directory (no "
            + RunDirectory.MANIFEST + ")");
      }
      if (components != null && components.length != 2) {
        throw new InputException("--components needs two indices, e.g. 0,2");
      }
      Path dir = out != null ? out : run.resolve("figures");
      List<Path> files = new ReservoirRenderer().render(run, dir, Set.of("figures"), components,
          svg);
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      ArrayNode a = o.putArray("figures");
      files.forEach(f -> a.add(f.toString()));
      spec.commandLine().getOut().println(Json.write(o));
      return 0;
    }
  }
}
