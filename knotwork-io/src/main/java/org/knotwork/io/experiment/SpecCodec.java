package org.knotwork.io.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Target;
import org.knotwork.experiment.DataSource;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.InitConfig;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.Snapshots;
import org.knotwork.experiment.StepSize;
import org.knotwork.experiment.Training;
import org.knotwork.init.GaussianSigmas;
import org.knotwork.init.InitScheme;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.loss.LossNormalization;
import org.knotwork.net.Coordinates;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;

/**
 * The text form of an {@link ExperimentSpec}, in JSON or YAML (the same tree), with overrides of
 * single fields by dotted path.
 *
 * <p><b>Writing</b> gives the canonical form: every field explicit, fixed key order, doubles in Java's
 * shortest round-trip notation, "none" budgets as {@code null}. Reading it back gives an equal spec.
 *
 * <p><b>Reading</b> accepts omitted fields (they take the defaults of
 * {@link ExperimentSpec#builder()} and of each method, listed in the README) and rejects unknown
 * fields, wrong types and out-of-range values with one message naming the field by its dotted path,
 * e.g. {@code spec field training.method.learningRate: learningRate must be positive and finite, got
 * -1.0}.
 *
 * <p>Layout:
 * <pre>
 * format: 1
 * seed: 0
 * data: {source: builtin, name: wiggly8}          # or source: file, path: d.csv
 *                                                 # or source: generated, target, n, xMin, xMax,
 *                                                 #    randomX, noise, seed
 * width: 100
 * init: {scheme, scaleW, scaleB, scaleV, antisymmetric, [sigmaW, sigmaB, sigmaV, sigmaC], [rangeLo, rangeHi]}
 * training:
 *   coordinates: nn | spline
 *   loss: mean | sum
 *   method: {rule: gd | momentum | adam, learningRate, learningRateUnit: absolute | inverse-ntk,
 *            batchSize, [momentum], [beta1, beta2, epsilon]}
 *         | {rule: flow, relativeTolerance, absoluteTolerance, eventTolerance, knotTolerance,
 *            maxStep, maxEvents}
 * budget: {maxSteps, maxTime, lossThreshold, gradientThreshold, divergenceFactor}
 * recording: {progressEvery, hessian,
 *             snapshots: {kind: none} | {kind: points, unit: step | time, points: [..]}
 *                      | {kind: uniform, unit, end, count} | {kind: log, unit, first, end, count}}
 * </pre>
 */
public final class SpecCodec {
  /** The format number written in the {@code format} field. */
  public static final int FORMAT = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final ObjectMapper PRETTY = Json.MAPPER.copy()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** Which text syntax. */
  public enum Syntax {
    /** JSON. */
    JSON,
    /** YAML (a superset of JSON). */
    YAML;

    /** The syntax of a file name: {@code .yaml}/{@code .yml} is YAML, anything else JSON. */
    public static Syntax of(Path file) {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
    }
  }

  private SpecCodec() {}

  // ------------------------------------------------------------------------------------------
  // writing

  /** The canonical tree of {@code spec}. */
  public static ObjectNode toTree(ExperimentSpec spec) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("seed", spec.seed());
    root.set("data", data(spec.data()));
    root.put("width", spec.width());
    root.set("init", init(spec.init()));
    ObjectNode training = root.putObject("training");
    training.put("coordinates", spec.training().coordinates().cliName());
    training.put("loss", spec.training().loss().name().toLowerCase(Locale.ROOT));
    training.set("method", method(spec.training().method()));
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
    rec.set("snapshots", snapshots(spec.recording().snapshots()));
    rec.put("hessian", spec.recording().hessian());
    return root;
  }

  /** Canonical pretty-printed JSON with a final newline. */
  public static String toJson(ExperimentSpec spec) {
    try {
      return PRETTY.writeValueAsString(toTree(spec)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a spec as JSON", e);
    }
  }

  /** Canonical YAML. */
  public static String toYaml(ExperimentSpec spec) {
    try {
      return YAML.writeValueAsString(toTree(spec));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a spec as YAML", e);
    }
  }

  /** Canonical text in the given syntax. */
  public static String toText(ExperimentSpec spec, Syntax syntax) {
    return syntax == Syntax.YAML ? toYaml(spec) : toJson(spec);
  }

  private static ObjectNode data(DataSource d) {
    ObjectNode o = NODES.objectNode();
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

  private static ObjectNode init(InitConfig c) {
    ObjectNode o = NODES.objectNode();
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

  private static ObjectNode method(Method m) {
    ObjectNode o = NODES.objectNode();
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

  private static ObjectNode snapshots(Snapshots s) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", s.kind());
    if (s instanceof Snapshots.Points p) {
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
  // reading

  /**
   * Parses spec text.
   *
   * @throws InputException naming the field (or the line and column of a syntax error)
   */
  public static ExperimentSpec parse(String text, Syntax syntax, String where) {
    JsonNode root;
    try {
      root = (syntax == Syntax.YAML ? YAML : Json.MAPPER).readTree(text);
    } catch (JsonProcessingException e) {
      throw new InputException(where + " is not valid " + syntax + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("")
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr() + ")"));
    }
    return fromTree(root, where);
  }

  /** Reads a spec file (YAML if it ends in .yaml or .yml, else JSON). */
  public static ExperimentSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException("spec file " + file + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read spec file " + file + ": " + e.getMessage());
    }
    return parse(text, Syntax.of(file), "spec file " + file);
  }

  /**
   * The spec of a tree; omitted fields take their defaults.
   *
   * @param where names the source in messages, e.g. "spec file x.json"
   * @throws InputException naming the field by its dotted path
   */
  public static ExperimentSpec fromTree(JsonNode root, String where) {
    Reader r = new Reader(where);
    r.object(root, "");
    r.only(root, "", "format", "seed", "data", "width", "init", "training", "budget",
        "recording");
    if (root.has("format")) {
      long f = r.integer(root, "format", FORMAT);
      if (f != FORMAT) {
        throw r.error("format", "format must be " + FORMAT + ", got " + f);
      }
    }
    ExperimentSpec defaults = ExperimentSpec.builder().build();
    long seed = r.integer(root, "seed", defaults.seed());
    DataSource data = root.has("data") ? r.data(root.get("data")) : defaults.data();
    int width = r.int32(root, "width", defaults.width());
    InitConfig init = root.has("init") ? r.init(root.get("init")) : defaults.init();
    Training training = root.has("training") ? r.training(root.get("training"))
        : defaults.training();
    StopCriteria budget = root.has("budget") ? r.budget(root.get("budget")) : defaults.budget();
    Recording recording = root.has("recording") ? r.recording(root.get("recording"))
        : defaults.recording();
    return r.build("", () -> new ExperimentSpec(seed, data, width, init, training, budget,
        recording));
  }

  // ------------------------------------------------------------------------------------------
  // overrides

  /** The object keys whose change resets their siblings, with the siblings that survive. */
  private static final Map<String, Set<String>> DISCRIMINATORS = Map.of(
      "source", Set.of(),
      "rule", Set.of("learningRate", "learningRateUnit", "batchSize"),
      "kind", Set.of("unit"),
      "scheme", Set.of("scaleW", "scaleB", "scaleV", "antisymmetric"));

  /**
   * One field assignment {@code path=value}: a dotted path into the canonical tree (e.g.
   * {@code init.scaleW}, {@code training.method.learningRate}) and a value in JSON/YAML scalar
   * syntax ({@code 0.25}, {@code true}, {@code null}, {@code adam}) or a JSON array/object.
   *
   * @param path the dotted path
   * @param value the value text
   */
  public record Override(String path, String value) {
    /** Validates a non-empty path of non-empty segments. */
    public Override {
      if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".")
          || path.contains("..")) {
        throw new InputException("a field path must be dotted names like init.scaleW, got '"
            + path + "'");
      }
      if (value == null) {
        throw new InputException("field " + path + " needs a value");
      }
    }

    /** Parses {@code path=value}. */
    public static Override parse(String assignment) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new InputException("a field assignment must be PATH=VALUE (e.g. init.scaleW=0.5), "
            + "got '" + assignment + "'");
      }
      return new Override(assignment.substring(0, eq).strip(),
          assignment.substring(eq + 1).strip());
    }
  }

  /**
   * {@code base} with the fields assigned in order. Assigning a different {@code data.source},
   * {@code training.method.rule}, {@code recording.snapshots.kind} or {@code init.scheme} first
   * resets the fields that belong to the old choice (e.g. the range of a spread scheme).
   *
   * @throws InputException naming the path for unknown fields or bad values
   */
  public static ExperimentSpec withOverrides(ExperimentSpec base, List<Override> overrides) {
    if (overrides.isEmpty()) {
      return base;
    }
    ObjectNode tree = toTree(base);
    List<String> paths = new ArrayList<>();
    for (Override o : overrides) {
      apply(tree, o);
      paths.add(o.path());
    }
    return fromTree(tree, "spec with " + String.join(", ", paths) + " set");
  }

  private static void apply(ObjectNode tree, Override o) {
    String[] parts = o.path().split("\\.");
    ObjectNode node = tree;
    for (int k = 0; k < parts.length - 1; k++) {
      JsonNode child = node.get(parts[k]);
      if (child == null || !child.isObject()) {
        throw new InputException("unknown spec field '" + o.path() + "': '"
            + String.join(".", java.util.Arrays.copyOf(parts, k + 1))
            + "' is not a section (sections: data, init, training, training.method, budget, "
            + "recording, recording.snapshots)");
      }
      node = (ObjectNode) child;
    }
    String leaf = parts[parts.length - 1];
    JsonNode value = scalar(o);
    Set<String> keep = DISCRIMINATORS.get(leaf);
    if (leaf.equals("rule") && (value.asText().equals("flow")
        || node.path(leaf).asText().equals("flow"))) {
      keep = Set.of(); // the flow shares no field with the descent methods
    }
    if (keep != null && node.has(leaf) && !node.get(leaf).equals(value)) {
      Iterator<String> it = node.fieldNames();
      List<String> drop = new ArrayList<>();
      while (it.hasNext()) {
        String f = it.next();
        if (!f.equals(leaf) && !keep.contains(f)) {
          drop.add(f);
        }
      }
      node.remove(drop);
    }
    node.set(leaf, value);
  }

  private static JsonNode scalar(Override o) {
    String v = o.value();
    try {
      if (v.startsWith("[") || v.startsWith("{")) {
        return Json.MAPPER.readTree(v);
      }
      JsonNode n = YAML.readTree(v);
      if (n != null && (n.isValueNode() || n.isNull())) {
        return n;
      }
    } catch (JsonProcessingException e) {
      throw new InputException("field " + o.path() + ": cannot parse the value '" + v + "': "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    return NODES.textNode(v);
  }

  // ------------------------------------------------------------------------------------------

  /** Reads sections with messages that name the dotted path. */
  private static final class Reader {
    private final String where;

    Reader(String where) {
      this.where = where;
    }

    InputException error(String path, String message) {
      return new InputException(where + ": spec field " + (path.isEmpty() ? "(root)" : path)
          + ": " + message);
    }

    <T> T build(String path, java.util.function.Supplier<T> f) {
      try {
        return f.get();
      } catch (InputException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new InputException(where + ": " + (path.isEmpty() ? "spec" : "spec field " + path)
            + ": " + e.getMessage(), e);
      }
    }

    void object(JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        throw error(path, "must be an object {..}, got " + (n == null ? "nothing" : n));
      }
    }

    void only(JsonNode n, String path, String... allowed) {
      Set<String> ok = new LinkedHashSet<>(List.of(allowed));
      Iterator<String> it = n.fieldNames();
      while (it.hasNext()) {
        String f = it.next();
        if (!ok.contains(f)) {
          throw error(join(path, f), "unknown field; known fields here: " + String.join(", ", ok));
        }
      }
    }

    private static String join(String path, String f) {
      return path.isEmpty() ? f : path + "." + f;
    }

    double number(JsonNode o, String path, String f, double def) {
      JsonNode n = o.get(f);
      if (n == null) {
        return def;
      }
      if (!n.isNumber()) {
        throw error(join(path, f), "must be a number, got " + n);
      }
      double v = n.doubleValue();
      if (!Double.isFinite(v)) {
        throw error(join(path, f), "must be finite, got " + n);
      }
      return v;
    }

    /** A number or null (null and absence give {@code none}). */
    double numberOrNone(JsonNode o, String path, String f, double def, double none) {
      JsonNode n = o.get(f);
      if (n == null) {
        return def;
      }
      return n.isNull() ? none : number(o, path, f, def);
    }

    long integer(JsonNode o, String f, long def) {
      return integer(o, "", f, def);
    }

    long integer(JsonNode o, String path, String f, long def) {
      JsonNode n = o.get(f);
      if (n == null) {
        return def;
      }
      if (!n.isIntegralNumber() || !n.canConvertToLong()) {
        throw error(join(path, f), "must be a whole number, got " + n);
      }
      return n.longValue();
    }

    int int32(JsonNode o, String f, int def) {
      return int32(o, "", f, def);
    }

    int int32(JsonNode o, String path, String f, int def) {
      long v = integer(o, path, f, def);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw error(join(path, f), "must fit in a 32-bit integer, got " + v);
      }
      return (int) v;
    }

    boolean bool(JsonNode o, String path, String f, boolean def) {
      JsonNode n = o.get(f);
      if (n == null) {
        return def;
      }
      if (!n.isBoolean()) {
        throw error(join(path, f), "must be true or false, got " + n);
      }
      return n.booleanValue();
    }

    String text(JsonNode o, String path, String f, String def) {
      JsonNode n = o.get(f);
      if (n == null) {
        if (def == null) {
          throw error(join(path, f), "is required");
        }
        return def;
      }
      if (!n.isTextual()) {
        throw error(join(path, f), "must be a string, got " + n);
      }
      return n.textValue();
    }

    <T> T parse(String path, java.util.function.Supplier<T> f) {
      try {
        return f.get();
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    DataSource data(JsonNode n) {
      object(n, "data");
      String source = text(n, "data", "source", null);
      switch (source) {
        case "builtin" -> {
          only(n, "data", "source", "name");
          String name = text(n, "data", "name", "wiggly8");
          return parse("data.name", () -> new DataSource.Builtin(name));
        }
        case "file" -> {
          only(n, "data", "source", "path");
          String path = text(n, "data", "path", null);
          return build("data.path", () -> new DataSource.CsvFile(path));
        }
        case "generated" -> {
          only(n, "data", "source", "target", "n", "xMin", "xMax", "randomX", "noise", "seed");
          Target target = parse("data.target", () -> Target.parse(text(n, "data", "target",
              null)));
          int count = int32(n, "data", "n", 0);
          if (!n.has("n")) {
            throw error("data.n", "is required for generated data");
          }
          double lo = number(n, "data", "xMin", -1);
          double hi = number(n, "data", "xMax", 1);
          boolean random = bool(n, "data", "randomX", false);
          double noise = number(n, "data", "noise", 0);
          long seed = integer(n, "data", "seed", 0);
          return build("data", () -> new DataSource.Generated(
              new DataSpec(target, count, lo, hi, random, noise, seed)));
        }
        default -> throw error("data.source", "must be builtin, file or generated, got '"
            + source + "'");
      }
    }

    InitConfig init(JsonNode n) {
      object(n, "init");
      InitScheme scheme = parse("init.scheme", () -> InitScheme.parse(text(n, "init", "scheme",
          "pytorch-default")));
      List<String> allowed = new ArrayList<>(List.of("scheme", "scaleW", "scaleB", "scaleV",
          "antisymmetric"));
      if (scheme == InitScheme.GAUSSIAN) {
        allowed.addAll(List.of("sigmaW", "sigmaB", "sigmaV", "sigmaC"));
      }
      if (scheme == InitScheme.SPREAD) {
        allowed.addAll(List.of("rangeLo", "rangeHi"));
      }
      only(n, "init", allowed.toArray(new String[0]));
      double aw = positive(n, "init", "scaleW");
      double ab = positive(n, "init", "scaleB");
      double av = positive(n, "init", "scaleV");
      Scales scales = new Scales(aw, ab, av);
      GaussianSigmas sigmas = null;
      if (scheme == InitScheme.GAUSSIAN) {
        for (String f : List.of("sigmaW", "sigmaV")) {
          if (!n.has(f)) {
            throw error("init." + f, "is required for scheme gaussian");
          }
        }
        double sw = number(n, "init", "sigmaW", 1);
        double sb = number(n, "init", "sigmaB", 0);
        double sv = number(n, "init", "sigmaV", 1);
        double sc = number(n, "init", "sigmaC", 0);
        sigmas = build("init", () -> new GaussianSigmas(sw, sb, sv, sc));
      }
      Interval range = null;
      if (scheme == InitScheme.SPREAD) {
        for (String f : List.of("rangeLo", "rangeHi")) {
          if (!n.has(f)) {
            throw error("init." + f, "is required for scheme spread");
          }
        }
        double lo = number(n, "init", "rangeLo", 0);
        double hi = number(n, "init", "rangeHi", 0);
        range = build("init", () -> new Interval(lo, hi));
      }
      boolean anti = bool(n, "init", "antisymmetric", false);
      GaussianSigmas s = sigmas;
      Interval rg = range;
      return build("init", () -> new InitConfig(scheme, scales, s, rg, anti));
    }

    private double positive(JsonNode n, String path, String f) {
      double v = number(n, path, f, 1);
      if (!(v > 0)) {
        throw error(join(path, f), "must be positive and finite, got " + v);
      }
      return v;
    }

    Training training(JsonNode n) {
      object(n, "training");
      only(n, "training", "coordinates", "loss", "method");
      Coordinates coords = parse("training.coordinates",
          () -> Coordinates.parse(text(n, "training", "coordinates", "nn")));
      String lossName = text(n, "training", "loss", "mean");
      LossNormalization loss = switch (lossName) {
        case "mean" -> LossNormalization.MEAN;
        case "sum" -> LossNormalization.SUM;
        default -> throw error("training.loss", "must be 'mean' or 'sum', got '" + lossName
            + "'");
      };
      Method method = n.has("method") ? method(n.get("method"))
          : ExperimentSpec.builder().build().training().method();
      return build("training", () -> new Training(coords, loss, method));
    }

    Method method(JsonNode n) {
      String p = "training.method";
      object(n, p);
      String rule = text(n, p, "rule", "gd");
      if (rule.equals("flow")) {
        only(n, p, "rule", "relativeTolerance", "absoluteTolerance", "eventTolerance",
            "knotTolerance", "maxStep", "maxEvents");
        TrainMethod.Flow d = TrainMethod.Flow.withDefaults();
        double rt = number(n, p, "relativeTolerance", d.relativeTolerance());
        double at = number(n, p, "absoluteTolerance", d.absoluteTolerance());
        double et = number(n, p, "eventTolerance", d.eventTolerance());
        double kt = number(n, p, "knotTolerance", d.knotTolerance());
        double ms = numberOrNone(n, p, "maxStep", d.maxStep(), Double.POSITIVE_INFINITY);
        long me = integer(n, p, "maxEvents", d.maxEvents());
        return build(p, () -> new Method.Flow(new TrainMethod.Flow(rt, at, et, kt, ms, me)));
      }
      List<String> common = List.of("rule", "learningRate", "learningRateUnit", "batchSize");
      List<String> allowed = new ArrayList<>(common);
      switch (rule) {
        case "gd" -> { }
        case "momentum" -> allowed.add("momentum");
        case "adam" -> allowed.addAll(List.of("beta1", "beta2", "epsilon"));
        default -> throw error(p + ".rule", "must be one of " + Method.RULES + ", got '" + rule
            + "'");
      }
      only(n, p, allowed.toArray(new String[0]));
      double lr = number(n, p, "learningRate", 0.1);
      StepSize.Unit unit = parse(p + ".learningRateUnit",
          () -> StepSize.Unit.parse(text(n, p, "learningRateUnit", "absolute")));
      StepSize step = build(p + ".learningRate", () -> new StepSize(lr, unit));
      int batch = int32(n, p, "batchSize", 0);
      return switch (rule) {
        case "gd" -> build(p, () -> new Method.GradientDescent(step, batch));
        case "momentum" -> {
          double m = number(n, p, "momentum", 0.9);
          yield build(p, () -> new Method.HeavyBall(step, m, batch));
        }
        default -> {
          double b1 = number(n, p, "beta1", 0.9);
          double b2 = number(n, p, "beta2", 0.999);
          double eps = number(n, p, "epsilon", 1e-8);
          yield build(p, () -> new Method.Adam(step, b1, b2, eps, batch));
        }
      };
    }

    StopCriteria budget(JsonNode n) {
      object(n, "budget");
      only(n, "budget", "maxSteps", "maxTime", "lossThreshold", "gradientThreshold",
          "divergenceFactor");
      long steps;
      JsonNode s = n.get("maxSteps");
      if (s == null) {
        steps = n.has("maxTime") ? Long.MAX_VALUE : 1000;
      } else if (s.isNull()) {
        steps = Long.MAX_VALUE;
      } else {
        steps = integer(n, "budget", "maxSteps", 1000);
      }
      double time = numberOrNone(n, "budget", "maxTime", Double.POSITIVE_INFINITY,
          Double.POSITIVE_INFINITY);
      double lt = number(n, "budget", "lossThreshold", 0);
      double gt = number(n, "budget", "gradientThreshold", 0);
      double df = number(n, "budget", "divergenceFactor", StopCriteria.DEFAULT_DIVERGENCE_FACTOR);
      return build("budget", () -> new StopCriteria(steps, time, lt, gt, df));
    }

    Recording recording(JsonNode n) {
      object(n, "recording");
      only(n, "recording", "progressEvery", "snapshots", "hessian");
      long every = integer(n, "recording", "progressEvery", 1);
      Snapshots snaps = n.has("snapshots") ? snapshots(n.get("snapshots")) : new Snapshots.None();
      boolean hessian = bool(n, "recording", "hessian", false);
      return build("recording", () -> new Recording(every, snaps, hessian));
    }

    Snapshots snapshots(JsonNode n) {
      String p = "recording.snapshots";
      object(n, p);
      String kind = text(n, p, "kind", "none");
      if (kind.equals("none")) {
        only(n, p, "kind");
        return new Snapshots.None();
      }
      String unitName = text(n, p, "unit", "step");
      SnapshotSchedule.Unit unit = switch (unitName) {
        case "step" -> SnapshotSchedule.Unit.STEP;
        case "time" -> SnapshotSchedule.Unit.TIME;
        default -> throw error(p + ".unit", "must be 'step' or 'time', got '" + unitName + "'");
      };
      switch (kind) {
        case "points" -> {
          only(n, p, "kind", "unit", "points");
          JsonNode arr = n.get("points");
          if (arr == null || !arr.isArray()) {
            throw error(p + ".points", "must be an array of numbers");
          }
          double[] pts = new double[arr.size()];
          for (int i = 0; i < pts.length; i++) {
            if (!arr.get(i).isNumber()) {
              throw error(p + ".points[" + i + "]", "must be a number, got " + arr.get(i));
            }
            pts[i] = arr.get(i).doubleValue();
          }
          return build(p, () -> new Snapshots.Points(unit, pts));
        }
        case "uniform" -> {
          only(n, p, "kind", "unit", "end", "count");
          double end = required(n, p, "end");
          int count = int32(n, p, "count", 11);
          return build(p, () -> new Snapshots.Uniform(unit, end, count));
        }
        case "log" -> {
          only(n, p, "kind", "unit", "first", "end", "count");
          double first = required(n, p, "first");
          double end = required(n, p, "end");
          int count = int32(n, p, "count", 11);
          return build(p, () -> new Snapshots.LogSpaced(unit, first, end, count));
        }
        default -> throw error(p + ".kind", "must be none, points, uniform or log, got '" + kind
            + "'");
      }
    }

    private double required(JsonNode n, String path, String f) {
      if (!n.has(f)) {
        throw error(join(path, f), "is required");
      }
      return number(n, path, f, 0);
    }
  }
}
