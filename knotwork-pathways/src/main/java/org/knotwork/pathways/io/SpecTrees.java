package org.knotwork.pathways.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.InitKind;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.experiment.SingleRunSpec;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.theory.ReducedModel;
import org.knotwork.pathways.train.TrainOptions;

/**
 * The text form of the module's spec records, as trees: strict reading with {@link SpecNode} (every
 * omitted field takes its default, unknown fields are rejected, errors name the dotted path) and the
 * canonical tree with every field explicit. Field names are the record components, enums by name
 * (the format of the spec files the module wrote before it became a study kind, which still read).
 *
 * <p>A run's derived defaults: {@code widths} omitted gives the default width per pathway of
 * {@code depths}; {@code init.eps} omitted gives the authors' (0.1/N)<sup>1/2</sup> of the first
 * pathway's width N; {@code train.recordEvery} omitted gives max(1, steps/2000) and {@code
 * train.snapshotSteps} omitted gives [0, steps].
 */
public final class SpecTrees {
  /**
   * The default run (the CLI's defaults): two linear pathways of depth 3 and width 64, Gaussian init
   * with N eps<sup>2</sup> = 0.1, lr 0.01, sum loss, 2000 steps, seed 1, named "run".
   */
  public static final NetworkRunSpec DEFAULT_RUN = new NetworkRunSpec("run", List.of(3, 3),
      List.of(64, 64), Activation.LINEAR, false, InitSpec.gaussian(Math.sqrt(0.1 / 64)), 0.01,
      2000, LossConvention.SUM, 1L, 1, List.of(0, 2000));

  /** The default {@code pathways} spec: {@link #DEFAULT_RUN} on the authors' hierarchical data. */
  public static final SingleRunSpec DEFAULT = SingleRunSpec.of(DEFAULT_RUN);

  private static final List<String> ACTIVATIONS = names(Activation.values());
  private static final List<String> LOSSES = names(LossConvention.values());
  private static final List<String> INITS = names(InitKind.values());
  private static final List<String> SCHEMES = names(ReducedModel.Scheme.values());

  private SpecTrees() {}

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /**
   * Reads a {@code pathways} spec: an experiment if the tree has {@code runs}, else one run with its
   * fields at the top level plus {@code treeLevels} and {@code data}.
   */
  public static PathwaysSpec readPathways(SpecNode root) {
    if (root.has("runs")) {
      return readExperiment(root);
    }
    NetworkRunSpec run = readRunFields(root, DEFAULT_RUN);
    int levels = root.integer("treeLevels", DEFAULT.treeLevels());
    String data = root.text("data", DEFAULT.data());
    return root.build(null, () -> new SingleRunSpec(run, levels, data));
  }

  /** The canonical tree of a {@code pathways} spec. */
  public static ObjectNode write(PathwaysSpec spec) {
    if (spec instanceof ExperimentSpec e) {
      return writeExperiment(e);
    }
    SingleRunSpec s = (SingleRunSpec) spec;
    ObjectNode o = writeRun(s.run());
    o.put("treeLevels", s.treeLevels());
    o.put("data", s.data());
    return o;
  }

  /** Reads an experiment: name, description, treeLevels, runs (each read as {@link #readRun}). */
  public static ExperimentSpec readExperiment(SpecNode root) {
    String name = root.text("name", "experiment");
    String description = root.text("description", "");
    int levels = root.integer("treeLevels", 3);
    List<NetworkRunSpec> runs = new ArrayList<>();
    for (SpecNode r : root.objects("runs")) {
      runs.add(readRun(r));
    }
    return root.build(null, () -> new ExperimentSpec(name, description, levels, runs));
  }

  /** The canonical tree of an experiment. */
  public static ObjectNode writeExperiment(ExperimentSpec e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", e.name());
    o.put("description", e.description());
    o.put("treeLevels", e.treeLevels());
    ArrayNode runs = o.putArray("runs");
    for (NetworkRunSpec r : e.runs()) {
      runs.add(writeRun(r));
    }
    return o;
  }

  /** Reads one run object (omitted fields from {@link #DEFAULT_RUN}) and finishes it. */
  public static NetworkRunSpec readRun(SpecNode r) {
    NetworkRunSpec s = readRunFields(r, DEFAULT_RUN);
    r.finish();
    return s;
  }

  private static NetworkRunSpec readRunFields(SpecNode r, NetworkRunSpec d) {
    String name = r.text("name", d.name());
    List<Integer> depths = boxed(r.integers("depths", unboxed(d.depths())));
    List<Integer> dw = depths.size() == d.widths().size() ? d.widths()
        : Collections.nCopies(depths.size(), d.widths().get(0));
    List<Integer> widths = boxed(r.integers("widths", unboxed(dw)));
    Activation activation = Activation.valueOf(r.choice("activation", d.activation().name(),
        ACTIVATIONS));
    boolean readout = r.bool("readoutActivation", d.readoutActivation());
    InitSpec init = readInit(r.object("init"), widths);
    TrainOptions train = readTrain(r.object("train"), d.train());
    long seed = r.longInteger("seed", d.seed());
    return r.build(null, () -> new NetworkRunSpec(name, depths, widths, activation, readout,
        init, train, seed));
  }

  private static InitSpec readInit(SpecNode i, List<Integer> widths) {
    InitKind kind = InitKind.valueOf(i.choice("kind", InitKind.GAUSSIAN.name(), INITS));
    double eps0 = kind == InitKind.GAUSSIAN && !widths.isEmpty() && widths.get(0) != null
        && widths.get(0) > 0 ? Math.sqrt(0.1 / widths.get(0)) : 0;
    double eps = i.number("eps", eps0);
    List<Double> k0 = boxed(i.numbers("k0", new double[0]));
    double spread = i.number("spread", 0);
    double imbalance = i.number("imbalance", 0);
    i.finish();
    return i.build(null, () -> new InitSpec(kind, eps, k0, spread, imbalance));
  }

  private static TrainOptions readTrain(SpecNode t, TrainOptions d) {
    double lr = t.number("lr", d.lr());
    int steps = t.integer("steps", d.steps());
    LossConvention loss = LossConvention.valueOf(t.choice("loss", d.loss().name(), LOSSES));
    int recordEvery = t.integer("recordEvery", Math.max(1, steps / 2000));
    List<Integer> snaps = boxed(t.integers("snapshotSteps",
        steps >= 0 ? new int[] {0, steps} : new int[0]));
    t.finish();
    return t.build(null, () -> new TrainOptions(lr, steps, loss, recordEvery, snaps));
  }

  /** The canonical tree of one run. */
  public static ObjectNode writeRun(NetworkRunSpec s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", s.name());
    ints(o.putArray("depths"), s.depths());
    ints(o.putArray("widths"), s.widths());
    o.put("activation", s.activation().name());
    o.put("readoutActivation", s.readoutActivation());
    ObjectNode i = o.putObject("init");
    i.put("kind", s.init().kind().name());
    i.put("eps", s.init().eps());
    ArrayNode k0 = i.putArray("k0");
    s.init().k0().forEach(k0::add);
    i.put("spread", s.init().spread());
    i.put("imbalance", s.init().imbalance());
    ObjectNode t = o.putObject("train");
    t.put("lr", s.train().lr());
    t.put("steps", s.train().steps());
    t.put("loss", s.train().loss().name());
    t.put("recordEvery", s.train().recordEvery());
    ints(t.putArray("snapshotSteps"), s.train().snapshotSteps());
    o.put("seed", s.seed());
    return o;
  }

  /** Reads a phase-plane spec (omitted fields from the figure-3 preset). */
  public static PhasePlaneSpec readPhasePlane(SpecNode r) {
    PhasePlaneSpec d = Figures.figure3();
    List<Integer> depths = boxed(r.integers("depths", unboxed(d.depths())));
    List<Double> spreads = boxed(r.numbers("spreads",
        d.spreads().stream().mapToDouble(Double::doubleValue).toArray()));
    int starts = r.integer("starts", d.starts());
    double target = r.number("target", d.target());
    double c = r.number("c", d.c());
    double dt = r.number("dt", d.dt());
    int steps = r.integer("steps", d.steps());
    int recordEvery = r.integer("recordEvery", d.recordEvery());
    ReducedModel.Scheme scheme = ReducedModel.Scheme.valueOf(r.choice("scheme",
        d.scheme().name(), SCHEMES));
    long seed = r.longInteger("seed", d.seed());
    int fieldGrid = r.integer("fieldGrid", d.fieldGrid());
    return r.build(null, () -> new PhasePlaneSpec(depths, spreads, starts, target, c, dt, steps,
        recordEvery, scheme, seed, fieldGrid));
  }

  /** The canonical tree of a phase-plane spec. */
  public static ObjectNode writePhasePlane(PhasePlaneSpec s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ints(o.putArray("depths"), s.depths());
    ArrayNode sp = o.putArray("spreads");
    s.spreads().forEach(sp::add);
    o.put("starts", s.starts());
    o.put("target", s.target());
    o.put("c", s.c());
    o.put("dt", s.dt());
    o.put("steps", s.steps());
    o.put("recordEvery", s.recordEvery());
    o.put("scheme", s.scheme().name());
    o.put("seed", s.seed());
    o.put("fieldGrid", s.fieldGrid());
    return o;
  }

  private static void ints(ArrayNode a, List<Integer> values) {
    values.forEach(a::add);
  }

  private static List<Integer> boxed(int[] a) {
    return Arrays.stream(a).boxed().toList();
  }

  private static List<Double> boxed(double[] a) {
    return Arrays.stream(a).boxed().toList();
  }

  private static int[] unboxed(List<Integer> a) {
    return a.stream().mapToInt(Integer::intValue).toArray();
  }
}
