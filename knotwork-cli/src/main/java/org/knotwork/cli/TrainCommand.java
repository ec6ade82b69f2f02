package org.knotwork.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.draw.progress.Progress;
import org.knotwork.experiment.DataSource;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.InitConfig;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.Snapshots;
import org.knotwork.experiment.StepSize;
import org.knotwork.experiment.Training;
import org.knotwork.experiment.study.SplineStudy;
import org.knotwork.io.run.RunFiles;
import org.knotwork.render.RenderOptions;
import org.knotwork.render.Renderer;
import org.knotwork.train.FlowIntegrator;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.StopReason;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.UpdateRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code knotwork train}: trains a network from a network file by gradient descent, SGD, heavy-ball
 * momentum, Adam or the exact event-driven gradient flow. The flags become a {@code spline} study
 * ({@link SplineStudy}: the network file as {@code init: {scheme: file, path}}), run into a common run
 * directory with spec and manifest, so {@code knotwork rerun DIR} reproduces it; an interrupted run
 * resumes from its checkpoint.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train a network by gd, sgd, momentum, adam, or the exact gradient flow "
        + "(between changes of activation pattern, adaptive Dormand-Prince 8(5,3) or, with "
        + "--integrator exprb43, an exponential Rosenbrock method on the exact Hessian; stopped "
        + "at every change).",
        "Writes to --out the run directory of 'knotwork run' (a spline spec whose init is the "
            + "--net file): spec.json, data.csv, init.json, net.json (final network), metrics.csv "
            + "(step,time,loss,grad_norm), snapshots.csv and snapshot_neurons.csv (parameters in "
            + "both coordinates), events.csv (time,neuron,data_index,kind), result.json, "
            + "spline.json, snapshots.npz, final.json and manifest.json; prints result.json's "
            + "object to stdout. 'knotwork rerun DIR' reproduces it byte for byte.",
        "An interrupted run (even kill -9) resumes from its last checkpoint when the same command "
            + "is run again, and ends with the same bytes as an uninterrupted one.",
        "Exit status: 0 when a budget or threshold ends the run, 3 when it stops early "
            + "(divergence, event limit, integrator failure; outputs keep the last finite "
            + "state), 2 for bad input."})
final class TrainCommand implements Callable<Integer> {
  /** Exit status of a run that stopped early (diverged, event limit, integrator failure). */
  static final int STOPPED_EARLY = RunCommand.STOPPED_EARLY;

  @Spec
  CommandSpec spec;

  @Mixin
  ProblemOptions input;



  @Option(names = "--optimizer", required = true, paramLabel = "gd|sgd|momentum|adam|flow",
      description = "gd (full batch), sgd (minibatches of --batch), momentum (heavy ball), adam, "
          + "or flow (exact gradient flow).")
  String optimizer;


  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run directory.")
  Path out;

  @Option(names = "--lr", paramLabel = "ETA", description = "Learning rate (not for flow).")
  Double lr;

  @Option(names = "--steps", paramLabel = "K",
      description = "Step budget (flow: largest number of integrator steps).")
  Long steps;

  @Option(names = "--time", paramLabel = "T",
      description = "Time budget: flow time, or k*lr for the discrete optimizers.")
  Double time;

  @Option(names = "--batch", paramLabel = "B",
      description = "Minibatch size (sgd: required; momentum, adam: optional).")
  Integer batch;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "K",
      description = "Seed of the minibatch stream (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--momentum", paramLabel = "BETA",
      description = "momentum: coefficient in [0, 1) (default: 0.9).")
  Double momentum;

  @Option(names = "--beta1", paramLabel = "B1", description = "adam: default 0.9.")
  Double beta1;

  @Option(names = "--beta2", paramLabel = "B2", description = "adam: default 0.999.")
  Double beta2;

  @Option(names = "--eps", paramLabel = "E", description = "adam: default 1e-8.")
  Double eps;

  @Option(names = "--rtol", paramLabel = "R", description = "flow: relative tolerance "
      + "(default 1e-10).")
  Double rtol;

  @Option(names = "--atol", paramLabel = "A", description = "flow: absolute tolerance "
      + "(default 1e-12).")
  Double atol;

  @Option(names = "--event-tol", paramLabel = "DT",
      description = "flow: accuracy of event times (default 1e-12).")
  Double eventTol;

  @Option(names = "--max-events", paramLabel = "N",
      description = "flow: stop after this many pattern changes (default 1e7).")
  Long maxEvents;

  @Option(names = "--integrator", paramLabel = "dop853|exprb43",
      description = "flow: ODE method between events: dop853 (explicit Dormand-Prince, the "
          + "default) or exprb43 (exponential Rosenbrock with the exact Hessian; stiff-capable, "
          + "much faster in the lazy regime).")
  String integrator;

  @Option(names = "--max-step", paramLabel = "H", description = "flow: largest step.")
  Double maxStep;

  @Option(names = "--loss-threshold", defaultValue = "0", paramLabel = "L",
      description = "Stop once the loss is <= L (default: ${DEFAULT-VALUE}).")
  double lossThreshold;

  @Option(names = "--grad-threshold", defaultValue = "0", paramLabel = "G",
      description = "Stop once the gradient norm is <= G (default: ${DEFAULT-VALUE}).")
  double gradThreshold;

  @Option(names = "--divergence-factor", defaultValue = "1e10", paramLabel = "F",
      description = "Diverged once the loss exceeds F times the initial loss "
          + "(default: ${DEFAULT-VALUE}).")
  double divergenceFactor;

  @Option(names = "--snapshots", paramLabel = "N",
      description = "Number of snapshots over the budget, plus the final state; 0 for none "
          + "(default: about 100, log-spaced over the budget).")
  Integer snapshots;

  @Option(names = "--snapshot-spacing", defaultValue = "uniform", paramLabel = "uniform|log",
      description = "uniform from 0, or 0 then log-spaced from --snapshot-first "
          + "(default: ${DEFAULT-VALUE}).")
  String spacing;

  @Option(names = "--snapshot-first", paramLabel = "X",
      description = "log spacing: first positive point (steps for the discrete optimizers, "
          + "time for flow; default 1 step, or T/1000).")
  Double snapshotFirst;

  @Option(names = "--checkpoint-every", paramLabel = "K",
      description = "Checkpoint every K steps (flow: accepted integrator steps; default 1000, "
          + "flow 100; 0 = never).")
  Long checkpointEvery;

  @Option(names = "--progress-every", defaultValue = "1", paramLabel = "K",
      description = "A metrics row every K steps (default: ${DEFAULT-VALUE}).")
  long progressEvery;

  @Option(names = "--render", description = "At the end, render figures, the GIF, the viewer "
      + "and the report of the run into DIR/render (as 'knotwork render DIR').")
  boolean render;


  @Override
  public Integer call() {
    ExperimentSpec experiment = experiment();
    RunDirectory.run(SplineStudy.of(experiment), out, RunDirectory.Options.of(1));
    JsonNode result = Json.readTree(out.resolve(RunFiles.RESULT), "run result");
    spec.commandLine().getOut().println(Json.write(result));
    if (render) {
      Renderer.render(org.knotwork.render.io.RunDirectory.at(out).load(), out.resolve("render"),
          RenderOptions.defaults(), Progress.TERMINAL);
    }
    if (isNormal(result)) {
      return 0;
    }
    spec.commandLine().getErr().println("knotwork: training stopped early: "
        + Main.oneLine(result.path("message").asText()));
    return STOPPED_EARLY;
  }

  private static boolean isNormal(JsonNode result) {
    return StopReason.valueOf(result.path("reason").asText().toUpperCase(Locale.ROOT)).isNormal();
  }

  /**
   * The spline study these flags describe: the data and initial network files, the method, the
   * budget and the recording; {@code rerun} of the run directory repeats it from the recorded
   * {@code data.csv} and {@code init.json}.
   */
  ExperimentSpec experiment() {
    boolean flow = optimizer.equals("flow");
    Method method = method(flow);
    StopCriteria stop = stop(flow);
    int width = input.network().width();
    long every = checkpointEvery != null ? checkpointEvery : flow ? 100 : 1000;
    Checks.check("--checkpoint-every", every, 0, Long.MAX_VALUE);
    Checks.check("--progress-every", progressEvery, 1, Long.MAX_VALUE);
    if (render && snapshots != null && snapshots == 0) {
      throw new IllegalArgumentException("--render needs snapshots to draw: drop --snapshots 0");
    }
    Recording recording = new Recording(progressEvery, snapshots(flow, stop, method), false,
        every);
    return ExperimentSpec.builder().seed(seed)
        .data(new DataSource.CsvFile(input.data.toString())).width(width)
        .init(InitConfig.file(input.net.toString()))
        .training(new Training(input.coords, input.normalization(), method)).budget(stop)
        .recording(recording).build();
  }

  private Method method(boolean flow) {
    switch (optimizer) {
      case "gd":
      case "sgd":
      case "momentum":
      case "adam":
      case "flow":
        break;
      default:
        throw new IllegalArgumentException("--optimizer must be gd, sgd, momentum, adam or flow, "
            + "got '" + optimizer + "'");
    }
    only("momentum", "--momentum", momentum);
    only("adam", "--beta1", beta1);
    only("adam", "--beta2", beta2);
    only("adam", "--eps", eps);
    for (Object[] o : new Object[][] {{"--rtol", rtol}, {"--atol", atol},
        {"--event-tol", eventTol}, {"--max-events", maxEvents}, {"--max-step", maxStep},
        {"--integrator", integrator}}) {
      only("flow", (String) o[0], o[1]);
    }
    if (flow) {
      if (lr != null) {
        throw new IllegalArgumentException("--lr does not apply to --optimizer flow (the flow "
            + "has no step size; use --time)");
      }
      if (batch != null) {
        throw new IllegalArgumentException("--batch does not apply to --optimizer flow");
      }
      TrainMethod.Flow f = TrainMethod.Flow.withDefaults();
      return new Method.Flow(new TrainMethod.Flow(rtol != null ? rtol : f.relativeTolerance(),
          atol != null ? atol : f.absoluteTolerance(),
          eventTol != null ? eventTol : f.eventTolerance(), f.knotTolerance(),
          maxStep != null ? maxStep : f.maxStep(), maxEvents != null ? maxEvents : f.maxEvents(),
          integrator != null ? FlowIntegrator.parse(integrator) : f.integrator()));
    }
    if (lr == null) {
      throw new IllegalArgumentException("--optimizer " + optimizer + " needs --lr");
    }
    if (optimizer.equals("gd") && batch != null) {
      throw new IllegalArgumentException("--batch does not apply to gd (full batch); use "
          + "--optimizer sgd");
    }
    if (optimizer.equals("sgd") && batch == null) {
      throw new IllegalArgumentException("--optimizer sgd needs --batch");
    }
    if (batch != null) {
      Checks.check("--batch", batch, 1, Integer.MAX_VALUE);
    }
    int b = batch == null ? 0 : batch;
    try {
      StepSize step = StepSize.absolute(lr);
      return switch (optimizer) {
        case "momentum" -> new Method.HeavyBall(step,
            momentum != null ? momentum : UpdateRule.HeavyBall.DEFAULT_MOMENTUM, b);
        case "adam" -> new Method.Adam(step,
            beta1 != null ? beta1 : UpdateRule.Adam.DEFAULT_BETA1,
            beta2 != null ? beta2 : UpdateRule.Adam.DEFAULT_BETA2,
            eps != null ? eps : UpdateRule.Adam.DEFAULT_EPSILON, b);
        default -> new Method.GradientDescent(step, b);
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(optionName(e.getMessage()));
    }
  }

  private void only(String which, String option, Object value) {
    if (value != null && !optimizer.equals(which)) {
      throw new IllegalArgumentException(option + " applies only to --optimizer " + which);
    }
  }

  private StopCriteria stop(boolean flow) {
    if (flow && time == null) {
      throw new IllegalArgumentException("--optimizer flow needs --time");
    }
    if (!flow && steps == null && time == null) {
      throw new IllegalArgumentException("--optimizer " + optimizer + " needs --steps or --time");
    }
    if (steps != null) {
      Checks.check("--steps", steps, 0, Long.MAX_VALUE);
    }
    if (time != null && (!(time >= 0) || !Double.isFinite(time))) {
      throw new IllegalArgumentException("--time must be a finite number >= 0, got " + time);
    }
    try {
      return new StopCriteria(steps != null ? steps : Long.MAX_VALUE,
          time != null ? time : Double.POSITIVE_INFINITY, lossThreshold, gradThreshold,
          divergenceFactor);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(optionName(e.getMessage()));
    }
  }

  private Snapshots snapshots(boolean flow, StopCriteria stop, Method method) {
    boolean log = spacing.equals("log");
    if (!log && !spacing.equals("uniform")) {
      throw new IllegalArgumentException("--snapshot-spacing must be uniform or log, got '"
          + spacing + "'");
    }
    if (snapshotFirst != null && !log) {
      throw new IllegalArgumentException("--snapshot-first applies only to "
          + "--snapshot-spacing log");
    }
    if (snapshots == null) {
      return new Snapshots.Auto(Snapshots.Auto.DEFAULT_COUNT);
    }
    Checks.check("--snapshots", snapshots, 0, 10_000_000);
    if (snapshots == 0) {
      return new Snapshots.None();
    }
    if (snapshots < 2) {
      throw new IllegalArgumentException("--snapshots must be 0 or at least 2, got " + snapshots);
    }
    SnapshotSchedule.Unit unit = flow ? SnapshotSchedule.Unit.TIME : SnapshotSchedule.Unit.STEP;
    double end = flow ? stop.maxTime() : stop.stepBudget(method.stepSize().value());
    if (!(end > 0)) {
      throw new IllegalArgumentException("--snapshots needs a positive budget");
    }
    try {
      if (!log) {
        return new Snapshots.Uniform(unit, end, snapshots);
      }
      double first = snapshotFirst != null ? snapshotFirst : flow ? end / 1000 : 1;
      return new Snapshots.LogSpaced(unit, first, end, snapshots);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--snapshot-first: " + e.getMessage());
    }
  }

  /** Maps a record's field name in a validation message to the option that set it. */
  private static String optionName(String message) {
    String m = message;
    String[][] names = {{"learningRate", "--lr"}, {"momentum", "--momentum"},
        {"beta1", "--beta1"}, {"beta2", "--beta2"}, {"epsilon", "--eps"},
        {"lossThreshold", "--loss-threshold"}, {"gradientThreshold", "--grad-threshold"},
        {"divergenceFactor", "--divergence-factor"}};
    for (String[] n : names) {
      if (m.startsWith(n[0] + " ")) {
        return n[1] + m.substring(n[0].length());
      }
    }
    return m;
  }
}
