package org.knotwork.experiment.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.Digests;
import org.knotwork.common.io.InputException;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Dataset;
import org.knotwork.data.Target;
import org.knotwork.experiment.DataSource;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentRunner;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.InitConfig;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.ResumableListener;
import org.knotwork.experiment.Snapshots;
import org.knotwork.experiment.StepSize;
import org.knotwork.experiment.Training;
import org.knotwork.experiment.catalog.FlatInitEntry;
import org.knotwork.experiment.catalog.GdFlowEntry;
import org.knotwork.experiment.catalog.HessianMinimaEntry;
import org.knotwork.experiment.catalog.KnotLawsEntry;
import org.knotwork.experiment.catalog.SilentSaddleEntry;
import org.knotwork.init.GaussianSigmas;
import org.knotwork.init.InitScheme;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;
import org.knotwork.io.DataCsv;
import org.knotwork.io.NetJson;
import org.knotwork.io.experiment.ExperimentData;
import org.knotwork.io.experiment.ExperimentFiles;
import org.knotwork.io.run.RunRecorder;
import org.knotwork.loss.LossNormalization;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.train.FlowIntegrator;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.UpdateRule;

/**
 * The study kind {@code spline}: one training run of a shallow univariate ReLU network seen through
 * the spline lens, with spec {@link ExperimentSpec}. A spec without a {@code kind} field is read as
 * this kind by the CLI.
 *
 * <p><b>Text form</b> (README, "Experiments as data"); every omitted field takes the value of
 * {@link ExperimentSpec#defaults()}, each method's own parameters the defaults of {@link
 * UpdateRule}:
 * <pre>
 * kind: spline
 * format: 1
 * seed: 0
 * data: {source: builtin, name: wiggly8}          # or source: file, path: d.csv
 *                                                 # or source: generated, target, n, xMin, xMax,
 *                                                 #    randomX, noise, seed
 * width: 100
 * init: {scheme, scaleW, scaleB, scaleV, antisymmetric, [sigmaW, sigmaB, sigmaV, sigmaC], [rangeLo, rangeHi]}
 *     | {scheme: file, path: net.json}
 * training:
 *   coordinates: nn | spline
 *   loss: mean | sum
 *   method: {rule: gd | momentum | adam, learningRate, learningRateUnit: absolute | inverse-ntk,
 *            batchSize, [momentum], [beta1, beta2, epsilon]}
 *         | {rule: flow, relativeTolerance, absoluteTolerance, eventTolerance, knotTolerance,
 *            maxStep, maxEvents, integrator: dop853 | exprb43}
 * budget: {maxSteps, maxTime, lossThreshold, gradientThreshold, divergenceFactor}
 * recording: {progressEvery, hessian, checkpointEvery,
 *             snapshots: {kind: auto, count} | {kind: none} | {kind: points, unit: step | time, points: [..]}
 *                      | {kind: uniform, unit, end, count} | {kind: log, unit, first, end, count}}
 * </pre>
 *
 * <p><b>Run</b>: the files of {@link ExperimentFiles} (the {@link RunRecorder}'s streams, then spline
 * form, NumPy snapshots, Hessian and final metrics). A directory killed mid-run (even by kill -9)
 * resumes from its checkpoint ({@code recording.checkpointEvery}) and ends with the bytes of an
 * uninterrupted run; the run is single-threaded, so its bytes do not depend on the thread count.
 * Relative data and network paths resolve with {@link StudyContext#input}; a rerun reads the
 * original's recorded {@code data.csv} (and {@code init.json} for a network file).
 */
public final class SplineStudy implements StudyKind<ExperimentSpec> {
  /** The kind's name. */
  public static final String NAME = "spline";

  private static final List<String> SNAPSHOT_KINDS = List.of("auto", "none", "points", "uniform",
      "log");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "train a shallow ReLU network (descent or the exact gradient flow) and record it "
        + "through the spline lens";
  }

  @Override
  public Class<ExperimentSpec> specType() {
    return ExperimentSpec.class;
  }

  @Override
  public ExperimentSpec defaults() {
    return ExperimentSpec.defaults();
  }

  /** A small run (seconds): the one its tests and {@code run --example} use. */
  @Override
  public ExperimentSpec example() {
    return ExperimentSpec.builder().width(8).seed(3)
        .method(new Method.GradientDescent(StepSize.absolute(0.05), 0))
        .budget(StopCriteria.steps(300)).build();
  }

  @Override
  public long seed(ExperimentSpec spec) {
    return spec.seed();
  }

  @Override
  public int position() {
    return 0;
  }

  /** The study of a spec of this kind. */
  public static Study<ExperimentSpec> of(ExperimentSpec spec) {
    return new Study<>(new SplineStudy(), spec);
  }

  /** The canonical texts of specs of this kind (what a catalog outcome lists). */
  public static List<String> texts(List<ExperimentSpec> specs) {
    return specs.stream().map(s -> of(s).json()).toList();
  }

  /** The object keys whose change resets their siblings, with the siblings that survive. */
  private static final Map<String, Set<String>> DISCRIMINATORS = Map.of(
      "source", Set.of(),
      "rule", Set.of("learningRate", "learningRateUnit", "batchSize"),
      "kind", Set.of("unit"),
      "scheme", Set.of("scaleW", "scaleB", "scaleV", "antisymmetric"));

  /**
   * Sets one field of a spline spec tree by dotted path ({@link SpecText#set}), where assigning a
   * different {@code data.source}, {@code training.method.rule}, {@code recording.snapshots.kind} or
   * {@code init.scheme} first removes the fields that belong to the old choice (e.g. Adam's betas
   * when the rule becomes gd), so that a grid or flag can switch between them.
   */
  @Override
  public void set(ObjectNode tree, String dottedPath, String value) {
    setField(tree, dottedPath, value);
  }

  /** {@link #set} of a spline tree. */
  public static void setField(ObjectNode tree, String dottedPath, String value) {
    JsonNode now = SpecText.scalar(value);
    JsonNode old = tree.at("/" + dottedPath.replace('.', '/')).deepCopy();
    SpecText.set(tree, dottedPath, "null"); // validates the path, creates the objects on it
    int dot = dottedPath.lastIndexOf('.');
    String leaf = dottedPath.substring(dot + 1);
    ObjectNode parent = dot < 0 ? tree
        : (ObjectNode) tree.at("/" + dottedPath.substring(0, dot).replace('.', '/'));
    Set<String> keep = DISCRIMINATORS.get(leaf);
    if (keep != null && dot > 0 && old.isValueNode() && !old.equals(now)) {
      // the flow shares no field with the descent methods
      Set<String> kept = leaf.equals("rule") && (old.asText().equals("flow")
          || now.asText().equals("flow")) ? Set.of() : keep;
      List<String> drop = new ArrayList<>();
      parent.fieldNames().forEachRemaining(f -> {
        if (!f.equals(leaf) && !kept.contains(f)) {
          drop.add(f);
        }
      });
      parent.remove(drop);
    }
    parent.set(leaf, now);
  }

  /**
   * {@code base} with fields set by dotted path, in order ({@link #set}).
   *
   * @throws InputException naming the field for unknown fields or bad values
   */
  public static ExperimentSpec withFields(ExperimentSpec base, List<Map.Entry<String, String>>
      fields) {
    ObjectNode tree = of(base).tree();
    for (Map.Entry<String, String> f : fields) {
      setField(tree, f.getKey(), f.getValue());
    }
    return Studies.read(new SplineStudy(), tree).spec();
  }

  // ------------------------------------------------------------------------------------------
  // reading

  @Override
  public ExperimentSpec read(SpecNode root) {
    ExperimentSpec d = defaults();
    long seed = root.longInteger("seed", d.seed());
    DataSource data = data(root.object("data"));
    int width = root.integer("width", d.width());
    InitConfig init = init(root.object("init"), d.init());
    Training training = training(root.object("training"), d.training());
    StopCriteria budget = budget(root.object("budget"), d.budget());
    Recording recording = recording(root.object("recording"), d.recording());
    return root.build(null, () -> new ExperimentSpec(seed, data, width, init, training, budget,
        recording));
  }

  private static DataSource data(SpecNode n) {
    String source = n.choice("source", defaults0().data().kind(),
        List.of("builtin", "file", "generated"));
    DataSource out;
    switch (source) {
      case "builtin" -> {
        String name = n.text("name", DataSource.Builtin.NAMES.get(0));
        out = n.build("name", () -> new DataSource.Builtin(name));
      }
      case "file" -> {
        String path = required(n, n.text("path", null), "path", "data from a file");
        out = n.build("path", () -> new DataSource.CsvFile(path));
      }
      default -> {
        String t = required(n, n.text("target", null), "target", "generated data");
        Target target = n.build("target", () -> Target.parse(t));
        if (!n.has("n")) {
          throw n.error("n", "is required for generated data");
        }
        int count = n.integer("n", 0);
        double lo = n.number("xMin", -1);
        double hi = n.number("xMax", 1);
        boolean random = n.bool("randomX", false);
        double noise = n.number("noise", 0);
        long seed = n.longInteger("seed", 0);
        out = n.build(null, () -> new DataSource.Generated(
            new DataSpec(target, count, lo, hi, random, noise, seed)));
      }
    }
    n.finish();
    return out;
  }

  private static InitConfig init(SpecNode n, InitConfig d) {
    String name = n.text("scheme", d.isFile() ? "file" : d.scheme().cliName());
    if (name.equals("file")) {
      String path = required(n, n.text("path", null), "path", "scheme file");
      n.finish();
      return n.build("path", () -> InitConfig.file(path));
    }
    InitScheme scheme = n.build("scheme", () -> InitScheme.parse(name));
    double aw = positive(n, "scaleW", d.scales().w());
    double ab = positive(n, "scaleB", d.scales().b());
    double av = positive(n, "scaleV", d.scales().v());
    GaussianSigmas sigmas = null;
    if (scheme == InitScheme.GAUSSIAN) {
      requireAll(n, "scheme gaussian", "sigmaW", "sigmaV");
      double sw = n.number("sigmaW", 1);
      double sb = n.number("sigmaB", 0);
      double sv = n.number("sigmaV", 1);
      double sc = n.number("sigmaC", 0);
      sigmas = n.build(null, () -> new GaussianSigmas(sw, sb, sv, sc));
    }
    Interval range = null;
    if (scheme == InitScheme.SPREAD) {
      requireAll(n, "scheme spread", "rangeLo", "rangeHi");
      double lo = n.number("rangeLo", 0);
      double hi = n.number("rangeHi", 0);
      range = n.build(null, () -> new Interval(lo, hi));
    }
    boolean anti = n.bool("antisymmetric", d.antisymmetric());
    n.finish();
    GaussianSigmas s = sigmas;
    Interval rg = range;
    return n.build(null, () -> new InitConfig(scheme, new Scales(aw, ab, av), s, rg, anti));
  }

  private static Training training(SpecNode n, Training d) {
    Coordinates coords = Coordinates.parse(n.choice("coordinates", d.coordinates().cliName(),
        List.of(Coordinates.NETWORK.cliName(), Coordinates.SPLINE.cliName())));
    LossNormalization loss = LossNormalization.valueOf(n.choice("loss",
        d.loss().name().toLowerCase(Locale.ROOT), List.of("mean", "sum")).toUpperCase(Locale.ROOT));
    Method method = method(n.object("method"), d.method());
    n.finish();
    return n.build(null, () -> new Training(coords, loss, method));
  }

  private static Method method(SpecNode n, Method d) {
    String rule = n.choice("rule", d.rule(), Method.RULES);
    Method out;
    if (rule.equals("flow")) {
      TrainMethod.Flow f = d instanceof Method.Flow df ? df.settings()
          : TrainMethod.Flow.withDefaults();
      double rt = n.number("relativeTolerance", f.relativeTolerance());
      double at = n.number("absoluteTolerance", f.absoluteTolerance());
      double et = n.number("eventTolerance", f.eventTolerance());
      double kt = n.number("knotTolerance", f.knotTolerance());
      double ms = n.numberOrNone("maxStep", f.maxStep(), Double.POSITIVE_INFINITY);
      long me = n.longInteger("maxEvents", f.maxEvents());
      FlowIntegrator fi = FlowIntegrator.parse(n.choice("integrator", f.integrator().label(),
          List.of(FlowIntegrator.DOP853.label(), FlowIntegrator.EXPRB43.label())));
      out = n.build(null,
          () -> new Method.Flow(new TrainMethod.Flow(rt, at, et, kt, ms, me, fi)));
    } else {
      StepSize ds = d.isDescent() ? d.stepSize() : defaults0().training().method().stepSize();
      double lr = n.number("learningRate", ds.value());
      StepSize.Unit unit = StepSize.Unit.parse(n.choice("learningRateUnit", ds.unit().label(),
          List.of(StepSize.Unit.ABSOLUTE.label(), StepSize.Unit.INVERSE_NTK.label())));
      int batch = n.integer("batchSize", d.batchSize());
      out = switch (rule) {
        case "momentum" -> {
          double m = n.number("momentum", UpdateRule.HeavyBall.DEFAULT_MOMENTUM);
          yield n.build(null, () -> new Method.HeavyBall(new StepSize(lr, unit), m, batch));
        }
        case "adam" -> {
          double b1 = n.number("beta1", UpdateRule.Adam.DEFAULT_BETA1);
          double b2 = n.number("beta2", UpdateRule.Adam.DEFAULT_BETA2);
          double eps = n.number("epsilon", UpdateRule.Adam.DEFAULT_EPSILON);
          yield n.build(null, () -> new Method.Adam(new StepSize(lr, unit), b1, b2, eps, batch));
        }
        default -> n.build(null, () -> new Method.GradientDescent(new StepSize(lr, unit), batch));
      };
    }
    n.finish();
    return out;
  }

  private static StopCriteria budget(SpecNode n, StopCriteria d) {
    double none = Double.POSITIVE_INFINITY;
    // an omitted step budget is none when a time budget is given
    double stepsDefault = n.has("maxTime") ? none : d.maxSteps();
    double s = n.numberOrNone("maxSteps", stepsDefault, none);
    if (s != none && (s != Math.rint(s) || Math.abs(s) >= 0x1p63)) {
      throw n.error("maxSteps", "must be a whole number or null (none), got " + s);
    }
    long steps = s == none || s == Long.MAX_VALUE ? Long.MAX_VALUE : (long) s;
    double time = n.numberOrNone("maxTime", d.maxTime(), none);
    double lt = n.number("lossThreshold", d.lossThreshold());
    double gt = n.number("gradientThreshold", d.gradientThreshold());
    double df = n.number("divergenceFactor", d.divergenceFactor());
    n.finish();
    return n.build(null, () -> new StopCriteria(steps, time, lt, gt, df));
  }

  private static Recording recording(SpecNode n, Recording d) {
    long every = n.longInteger("progressEvery", d.progressEvery());
    Snapshots snaps = snapshots(n.object("snapshots"), d.snapshots());
    boolean hessian = n.bool("hessian", d.hessian());
    long checkpoint = n.longInteger("checkpointEvery", d.checkpointEvery());
    n.finish();
    return n.build(null, () -> new Recording(every, snaps, hessian, checkpoint));
  }

  private static Snapshots snapshots(SpecNode n, Snapshots d) {
    String kind = n.choice("kind", d.kind(), SNAPSHOT_KINDS);
    Snapshots out;
    switch (kind) {
      case "none" -> out = new Snapshots.None();
      case "auto" -> {
        int count = n.integer("count", d instanceof Snapshots.Auto a ? a.count()
            : Snapshots.Auto.DEFAULT_COUNT);
        out = n.build(null, () -> new Snapshots.Auto(count));
      }
      default -> {
        SnapshotSchedule.Unit unit = SnapshotSchedule.Unit.valueOf(
            n.choice("unit", "step", List.of("step", "time")).toUpperCase(Locale.ROOT));
        String what = "kind " + kind;
        switch (kind) {
          case "points" -> {
            requireAll(n, what, "points");
            double[] pts = n.numbers("points", null);
            out = n.build(null, () -> new Snapshots.Points(unit, pts));
          }
          case "uniform" -> {
            requireAll(n, what, "end");
            double end = n.number("end", 0);
            int count = n.integer("count", 11);
            out = n.build(null, () -> new Snapshots.Uniform(unit, end, count));
          }
          default -> {
            requireAll(n, what, "first", "end");
            double first = n.number("first", 0);
            double end = n.number("end", 0);
            int count = n.integer("count", 11);
            out = n.build(null, () -> new Snapshots.LogSpaced(unit, first, end, count));
          }
        }
      }
    }
    n.finish();
    return out;
  }

  private static ExperimentSpec defaults0() {
    return ExperimentSpec.defaults();
  }

  private static String required(SpecNode n, String value, String field, String what) {
    if (value == null) {
      throw n.error(field, "is required for " + what);
    }
    return value;
  }

  private static void requireAll(SpecNode n, String what, String... fields) {
    for (String f : fields) {
      if (!n.has(f)) {
        throw n.error(f, "is required for " + what);
      }
    }
  }

  private static double positive(SpecNode n, String field, double dflt) {
    double v = n.number(field, dflt);
    if (!(v > 0)) {
      throw n.error(field, field + " must be positive and finite, got " + v);
    }
    return v;
  }

  // ------------------------------------------------------------------------------------------
  // writing

  @Override
  public ObjectNode write(ExperimentSpec spec) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("seed", spec.seed());
    root.set("data", writeData(spec.data()));
    root.put("width", spec.width());
    root.set("init", writeInit(spec.init()));
    ObjectNode training = root.putObject("training");
    training.put("coordinates", spec.training().coordinates().cliName());
    training.put("loss", spec.training().loss().name().toLowerCase(Locale.ROOT));
    training.set("method", writeMethod(spec.training().method()));
    ObjectNode budget = root.putObject("budget");
    StopCriteria b = spec.budget();
    if (b.maxSteps() == Long.MAX_VALUE) {
      budget.putNull("maxSteps");
    } else {
      budget.put("maxSteps", b.maxSteps());
    }
    if (Double.isInfinite(b.maxTime())) {
      budget.putNull("maxTime");
    } else {
      budget.put("maxTime", b.maxTime());
    }
    budget.put("lossThreshold", b.lossThreshold());
    budget.put("gradientThreshold", b.gradientThreshold());
    budget.put("divergenceFactor", b.divergenceFactor());
    ObjectNode rec = root.putObject("recording");
    rec.put("progressEvery", spec.recording().progressEvery());
    rec.set("snapshots", writeSnapshots(spec.recording().snapshots()));
    rec.put("hessian", spec.recording().hessian());
    rec.put("checkpointEvery", spec.recording().checkpointEvery());
    return root;
  }

  private static ObjectNode writeData(DataSource d) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("source", d.kind());
    if (d instanceof DataSource.Builtin b) {
      o.put("name", b.name());
    } else if (d instanceof DataSource.CsvFile f) {
      o.put("path", f.path());
    } else {
      DataSpec s = ((DataSource.Generated) d).spec();
      o.put("target", s.target().cliName());
      o.put("n", s.n());
      o.put("xMin", s.xMin());
      o.put("xMax", s.xMax());
      o.put("randomX", s.randomX());
      o.put("noise", s.noise());
      o.put("seed", s.seed());
    }
    return o;
  }

  private static ObjectNode writeInit(InitConfig c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    if (c.isFile()) {
      o.put("scheme", "file");
      o.put("path", c.file());
      return o;
    }
    o.put("scheme", c.scheme().cliName());
    o.put("scaleW", c.scales().w());
    o.put("scaleB", c.scales().b());
    o.put("scaleV", c.scales().v());
    o.put("antisymmetric", c.antisymmetric());
    if (c.sigmas() != null) {
      o.put("sigmaW", c.sigmas().w());
      o.put("sigmaB", c.sigmas().b());
      o.put("sigmaV", c.sigmas().v());
      o.put("sigmaC", c.sigmas().c());
    }
    if (c.range() != null) {
      o.put("rangeLo", c.range().lo());
      o.put("rangeHi", c.range().hi());
    }
    return o;
  }

  private static ObjectNode writeMethod(Method m) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("rule", m.rule());
    if (m instanceof Method.Flow f) {
      TrainMethod.Flow s = f.settings();
      o.put("relativeTolerance", s.relativeTolerance());
      o.put("absoluteTolerance", s.absoluteTolerance());
      o.put("eventTolerance", s.eventTolerance());
      o.put("knotTolerance", s.knotTolerance());
      if (Double.isInfinite(s.maxStep())) {
        o.putNull("maxStep");
      } else {
        o.put("maxStep", s.maxStep());
      }
      o.put("maxEvents", s.maxEvents());
      if (s.integrator() != FlowIntegrator.DOP853) {
        // written only when not the default, so that existing specs keep their canonical bytes
        o.put("integrator", s.integrator().label());
      }
      return o;
    }
    o.put("learningRate", m.stepSize().value());
    o.put("learningRateUnit", m.stepSize().unit().label());
    o.put("batchSize", m.batchSize());
    if (m instanceof Method.HeavyBall hb) {
      o.put("momentum", hb.momentum());
    } else if (m instanceof Method.Adam a) {
      o.put("beta1", a.beta1());
      o.put("beta2", a.beta2());
      o.put("epsilon", a.epsilon());
    }
    return o;
  }

  private static ObjectNode writeSnapshots(Snapshots s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("kind", s.kind());
    if (s instanceof Snapshots.Auto a) {
      o.put("count", a.count());
    } else if (s instanceof Snapshots.Points p) {
      o.put("unit", unitName(p.unit()));
      var arr = o.putArray("points");
      for (double x : p.points()) {
        arr.add(x);
      }
    } else if (s instanceof Snapshots.Uniform u) {
      o.put("unit", unitName(u.unit()));
      o.put("end", u.end());
      o.put("count", u.count());
    } else if (s instanceof Snapshots.LogSpaced l) {
      o.put("unit", unitName(l.unit()));
      o.put("first", l.first());
      o.put("end", l.end());
      o.put("count", l.count());
    }
    return o;
  }

  private static String unitName(SnapshotSchedule.Unit u) {
    return u.name().toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------------------------------
  // running

  @Override
  public StudyResult run(ExperimentSpec spec, StudyContext context) {
    Path dir = context.directory();
    Path recorded = context.recordedRun();
    Dataset data;
    NetworkParams initial;
    if (recorded != null) {
      data = ExperimentData.recordedData(recorded);
      initial = ExperimentData.recordedInitial(spec, recorded);
    } else {
      data = spec.data() instanceof DataSource.CsvFile f ? DataCsv.read(context.input(f.path()))
          : spec.data().dataset();
      initial = spec.init().isFile() ? NetJson.read(context.input(spec.init().file()))
          : spec.init().draw(spec.width(), spec.seed());
    }
    context.progress().report("train", 0);
    ExperimentResult r = train(spec, data, initial, dir, context.progress());
    context.progress().report("train", 1);
    return result(r);
  }

  /** How a run ended, for the manifest: normal unless it stopped early; the metrics' columns. */
  public static StudyResult result(ExperimentResult r) {
    return new StudyResult(r.metrics().stopReason().isNormal(), r.metrics().message(),
        r.metrics().columns());
  }

  /**
   * Trains {@code spec} on resolved inputs into {@code dir} (continuing from its checkpoint, if
   * any) and writes the files that follow training; the spec and manifest are the caller's.
   *
   * @throws InputException if the data or the network do not fit the spec
   */
  public ExperimentResult train(ExperimentSpec spec, Dataset data, NetworkParams initial,
      Path dir) {
    return train(spec, data, initial, dir, StudyContext.Progress.NONE);
  }

  /**
   * Trains {@code spec} from {@code initial} on {@code data} into the run directory {@code dir}, as
   * {@link #train(ExperimentSpec, Dataset, NetworkParams, Path)}, reporting the fraction of the step
   * (descent) or time (flow) budget done to {@code progress}, once per whole percent below 100 (the
   * caller reports the end).
   */
  public ExperimentResult train(ExperimentSpec spec, Dataset data, NetworkParams initial,
      Path dir, StudyContext.Progress progress) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the run directory " + dir, e);
    }
    String fingerprint = Digests.sha256(new Study<>(this, spec).json(), DataCsv.toCsv(data),
        NetJson.toJson(initial));
    ExperimentResult r;
    try {
      r = ExperimentRunner.run(spec, data, initial, problem -> new Reporting(
          RunRecorder.open(dir, problem, fingerprint), spec, progress));
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      String msg = String.valueOf(e.getMessage());
      throw new InputException(msg.startsWith("width ") ? "spec field width: " + msg
          : msg.startsWith("batchSize ") ? "spec field training.method.batchSize: " + msg
          : msg.startsWith("learningRateUnit ") ? "spec field training.method.learningRateUnit: "
              + msg : "spline run: " + msg, e);
    }
    ExperimentFiles.write(dir, r);
    return r;
  }

  // ------------------------------------------------------------------------------------------
  // catalog

  /**
   * The spline lens's entries: the flat initialisation, the knot laws, Hessians at minima, the
   * silent saddle and gradient descent against the flow, the demo running all but the knot laws.
   */
  @Override
  public List<CatalogEntry> catalogEntries() {
    return List.of(new FlatInitEntry(), new KnotLawsEntry(), new HessianMinimaEntry(),
        new SilentSaddleEntry(), new GdFlowEntry());
  }

  /**
   * The run directory's recorder, reporting the fraction of the budget done on every progress row
   * (once per whole percent); resumption is the recorder's.
   */
  private static final class Reporting implements ResumableListener {
    private final ResumableListener recorder;
    private final StudyContext.Progress progress;
    private final boolean descent;
    private final double budget;
    private int percent = 0;

    Reporting(ResumableListener recorder, ExperimentSpec spec, StudyContext.Progress progress) {
      this.recorder = recorder;
      this.progress = progress;
      this.descent = spec.training().method().isDescent();
      this.budget = descent ? spec.budget().maxSteps() : spec.budget().maxTime();
    }

    @Override
    public void onProgress(org.knotwork.train.Progress p) {
      recorder.onProgress(p);
      double f = Math.min(1, (descent ? p.step() : p.time()) / budget);
      int pc = (int) Math.floor(100 * f);
      if (Double.isFinite(budget) && budget > 0 && pc > percent && pc < 100) {
        percent = pc;
        progress.report("train", f);
      }
    }

    @Override
    public void onSnapshot(org.knotwork.train.Snapshot snapshot) {
      recorder.onSnapshot(snapshot);
    }

    @Override
    public void onEvent(org.knotwork.train.FlowEvent event) {
      recorder.onEvent(event);
    }

    @Override
    public void onCheckpoint(org.knotwork.train.Checkpoint checkpoint) {
      recorder.onCheckpoint(checkpoint);
    }

    @Override
    public void onFinish(org.knotwork.train.TrainResult result) {
      recorder.onFinish(result);
    }

    @Override
    public org.knotwork.train.Checkpoint resumeFrom() {
      return recorder.resumeFrom();
    }

    @Override
    public List<org.knotwork.train.Progress> progressBefore() {
      return recorder.progressBefore();
    }

    @Override
    public List<org.knotwork.train.Snapshot> snapshotsBefore() {
      return recorder.snapshotsBefore();
    }
  }
}
