package org.knotwork.reservoir.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.esn.ReadoutTransform;
import org.knotwork.reservoir.experiment.CsvData;
import org.knotwork.reservoir.experiment.D2r2Spec;
import org.knotwork.reservoir.experiment.DataSource;
import org.knotwork.reservoir.experiment.EsnSpec;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.Experiments;
import org.knotwork.reservoir.experiment.Lorenz63Data;
import org.knotwork.reservoir.experiment.Lorenz96Data;
import org.knotwork.reservoir.experiment.ModelSpec;
import org.knotwork.reservoir.experiment.SeriesData;
import org.knotwork.reservoir.io.ResultFiles;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.system.Integration;
import org.knotwork.reservoir.system.Lorenz63;
import org.knotwork.reservoir.system.Lorenz96ThreeTier;
import org.knotwork.reservoir.system.RingConvention;

/**
 * The text form of an {@link ExperimentSpec} (the body of a {@code reservoir} spec, after {@code kind}
 * and {@code format}), read strictly with {@link SpecNode} and written canonically. The field names are
 * those of the reservoir spec files before the study interface, so those files still read:
 *
 * <pre>
 * {"name": "mine", "seed": 1802,
 *  "data": {"source": "lorenz63" | "lorenz96" | "csv", ...},
 *  "scaling": "std-per-component" | "zscore-global" | "zscore-per-component" | "none",
 *  "trainLength": 5000,
 *  "windows": {"firstOrigin": 4999, "count": 20, "stride": 500, "length": 500},
 *  "warmup": 50, "threshold": 0.3,
 *  "models": [{"kind": "d2r2", "name": "d2r2-p4", "degree": 4, "ridge": 1e-4},
 *             {"kind": "esn", "name": "esn-lsr", "reservoirSize": 100, "degree": 3,
 *              "spectralRadius": 0.1, "inputScale": 0.25, "ridge": 1e-4, "transform": "T1_EVEN",
 *              "roundToInputMultiple": false}],
 *  "precisions": ["binary64", "binary16:weights"],
 *  "examples": 1, "lyapunovSteps": 0, "teacherForced": false, "parallel": true}
 * </pre>
 *
 * Every field may be omitted. Most take the value of {@link #DEFAULTS}; a few defaults follow other
 * fields, as they always did: {@code windows.stride} = {@code windows.length}, {@code
 * windows.firstOrigin} = {@code trainLength} &minus; 1, {@code data.length} = what the windows need,
 * {@code scaling} = std-per-component for Lorenz 63 and zscore-global otherwise, and a model's omitted
 * fields take the L63 LSR recipe (ESN) or degree 4 (D2R2). Data sources: {@code lorenz63} ({@code
 * sigma, rho, beta, initialState, dt, spinUpSteps, length, integration}), {@code lorenz96} ({@code k,
 * j, i, forcing, h, b, c, d, e, gZ, rings, seed, dt, spinUpSteps, length, integration}), {@code csv}
 * ({@code path} (required; relative to the spec's input directory), {@code dt} (required), {@code
 * timeColumn}). {@code integration} is {@code "rk4"} or {@code {"method": "dp853",
 * "absoluteTolerance": .., "relativeTolerance": ..}}.
 */
public final class ReservoirSpecs {
  /** Largest reservoir accepted from a spec (the readout Gram matrix is N&times;N doubles). */
  public static final int MAX_RESERVOIR = 20_000;
  /** Largest series length or window accepted from a spec. */
  public static final int MAX_LENGTH = 20_000_000;

  private static final int TRAIN = 5_000;
  private static final int WINDOW = 500;
  private static final int COUNT = 20;
  private static final TestWindows WINDOWS =
      new TestWindows(TRAIN - 1, COUNT, WINDOW, WINDOW);

  /**
   * The spec of an omitted field: the authors' Lorenz 63 recipe (notes &sect;1) with 5 000 training
   * samples, 20 windows of 500 steps after training, quartic D2R2 against the LSR ESN at binary64.
   */
  public static final ExperimentSpec DEFAULTS = new ExperimentSpec("reservoir",
      Lorenz63Data.authors((int) WINDOWS.requiredLength()), Scaling.STD_PER_COMPONENT, TRAIN,
      WINDOWS, Experiments.WARMUP, Experiments.THRESHOLD,
      List.of(new D2r2Spec("d2r2-p4", 4, Experiments.RIDGE),
          new EsnSpec("esn-lsr", EsnConfig.lsrLorenz63())),
      List.of(Precision.BINARY64), Experiments.SEED, 1, 0, false, true);

  private static final List<String> SOURCES = List.of("lorenz63", "lorenz96", "csv");
  private static final List<String> MODEL_KINDS = List.of("d2r2", "esn");
  private static final List<String> RINGS = List.of("per-column", "chained");
  private static final List<String> TRANSFORMS = List.of("NONE", "T1", "T1_EVEN", "T2");

  private ReservoirSpecs() {}

  /** Reads a spec body (the caller finishes the root). */
  public static ExperimentSpec read(SpecNode root) {
    ExperimentSpec d = DEFAULTS;
    String name = root.text("name", d.name());
    long seed = root.longInteger("seed", d.seed());
    int train = range(root, "trainLength", root.integer("trainLength", d.trainLength()), 2,
        MAX_LENGTH);
    SpecNode wn = root.object("windows");
    int length = range(wn, "length", wn.integer("length", d.windows().length()), 1, MAX_LENGTH);
    int count = range(wn, "count", wn.integer("count", d.windows().count()), 1, 1_000_000);
    int stride = range(wn, "stride", wn.integer("stride", length), 1, MAX_LENGTH);
    int first = range(wn, "firstOrigin", wn.integer("firstOrigin", train - 1), 0, MAX_LENGTH);
    TestWindows windows = wn.build(null, () -> new TestWindows(first, count, stride, length));
    wn.finish();
    long needed = Math.max(windows.requiredLength(), train);
    DataSource data = data(root.object("data"), (int) Math.min(needed, MAX_LENGTH));
    Scaling scaling;
    String label = root.text("scaling", (data instanceof Lorenz63Data
        ? Scaling.STD_PER_COMPONENT : Scaling.ZSCORE_GLOBAL).label());
    scaling = root.build("scaling", () -> Scaling.parse(label));
    int warmup = range(root, "warmup", root.integer("warmup", d.warmup()), 1, MAX_LENGTH);
    double threshold = root.number("threshold", d.threshold());
    List<ModelSpec> models = new ArrayList<>();
    if (root.has("models")) {
      List<SpecNode> mn = root.objects("models");
      if (mn.isEmpty()) {
        throw root.error("models", "must list at least one model");
      }
      for (SpecNode m : mn) {
        models.add(model(m));
      }
    } else {
      root.raw("models");
      models.addAll(d.models());
    }
    List<Precision> precisions = precisions(root, d.precisions());
    int examples = root.integer("examples", Math.min(d.examples(), count));
    int lyap = range(root, "lyapunovSteps", root.integer("lyapunovSteps", d.lyapunovSteps()), 0,
        MAX_LENGTH);
    boolean tf = root.bool("teacherForced", d.teacherForced());
    boolean parallel = root.bool("parallel", d.parallel());
    return root.build(null, () -> new ExperimentSpec(name, data, scaling, train, windows, warmup,
        threshold, models, precisions, seed, examples, lyap, tf, parallel));
  }

  private static List<Precision> precisions(SpecNode root, List<Precision> dflt) {
    JsonNode pn = root.raw("precisions");
    if (pn == null) {
      return dflt;
    }
    if (!pn.isArray() || pn.isEmpty()) {
      throw root.error("precisions", "must be a non-empty array of strings such as "
          + "\"binary16:weights\", got " + pn);
    }
    List<Precision> out = new ArrayList<>();
    for (int q = 0; q < pn.size(); q++) {
      String field = "precisions[" + q + "]";
      if (!pn.get(q).isTextual()) {
        throw root.error(field, "must be a string such as \"binary16:weights\", got " + pn.get(q));
      }
      String text = pn.get(q).textValue();
      out.add(root.build(field, () -> Precision.parse(text)));
    }
    return out;
  }

  private static DataSource data(SpecNode n, int length) {
    String source = n.choice("source", "lorenz63", SOURCES);
    DataSource out = switch (source) {
      case "lorenz63" -> {
        Lorenz63 std = Lorenz63.standard();
        double sigma = n.number("sigma", std.sigma());
        double rho = n.number("rho", std.rho());
        double beta = n.number("beta", std.beta());
        double[] x0 = n.numbers("initialState", new double[] {1, 1, 1});
        if (x0.length != 3) {
          throw n.error("initialState", "must be an array of 3 numbers, got " + x0.length);
        }
        double dt = n.number("dt", 0.005);
        int spin = range(n, "spinUpSteps", n.integer("spinUpSteps", 0), 0, MAX_LENGTH);
        int len = range(n, "length", n.integer("length", length), 2, MAX_LENGTH);
        Integration integ = integration(n);
        Lorenz63 sys = n.build("sigma", () -> new Lorenz63(sigma, rho, beta));
        yield n.build(null, () -> new Lorenz63Data(sys, x0, dt, spin, len, integ));
      }
      case "lorenz96" -> {
        Lorenz96ThreeTier s = Lorenz96ThreeTier.standard();
        int k = range(n, "k", n.integer("k", s.k()), 4, 64);
        int j = range(n, "j", n.integer("j", s.j()), 1, 64);
        int i = range(n, "i", n.integer("i", s.i()), 1, 64);
        double f = n.number("forcing", s.forcing());
        double h = n.number("h", s.h());
        double b = n.number("b", s.b());
        double c = n.number("c", s.c());
        double dd = n.number("d", s.d());
        double e = n.number("e", s.e());
        double gz = n.number("gZ", s.gZ());
        RingConvention rings = n.choice("rings", "per-column", RINGS).equals("per-column")
            ? RingConvention.PER_COLUMN : RingConvention.CHAINED;
        long seed = n.longInteger("seed", Experiments.SEED);
        double dt = n.number("dt", 0.005);
        int spin = range(n, "spinUpSteps", n.integer("spinUpSteps", 20_000), 0, MAX_LENGTH);
        int len = range(n, "length", n.integer("length", length), 2, MAX_LENGTH);
        Integration integ = integration(n);
        Lorenz96ThreeTier sys = n.build(null,
            () -> new Lorenz96ThreeTier(k, j, i, f, h, b, c, dd, e, gz, rings));
        yield n.build(null, () -> new Lorenz96Data(sys, seed, dt, spin, len, integ));
      }
      default -> {
        if (!n.has("path")) {
          throw n.error("path", "is required for a csv source (the series' file)");
        }
        if (!n.has("dt")) {
          throw n.error("dt", "is required for a csv source (the sampling interval)");
        }
        String path = n.text("path", null);
        double dt = n.number("dt", 1);
        int tc = range(n, "timeColumn", n.integer("timeColumn", -1), -1, 10_000);
        yield n.build(null, () -> new CsvData(path, dt, tc));
      }
    };
    n.finish();
    return out;
  }

  private static Integration integration(SpecNode n) {
    JsonNode v = n.raw("integration");
    if (v == null) {
      return Integration.rk4();
    }
    if (v.isTextual()) {
      if (v.textValue().equals("rk4")) {
        return Integration.rk4();
      }
      throw n.error("integration", "must be \"rk4\" or {\"method\": \"dp853\", ...}, got " + v);
    }
    SpecNode o = n.object("integration");
    String method = o.choice("method", "rk4", List.of("rk4", "dp853"));
    double a = o.number("absoluteTolerance", 1e-9);
    double r = o.number("relativeTolerance", 1e-9);
    o.finish();
    if (method.equals("rk4")) {
      return Integration.rk4();
    }
    return o.build(null,
        () -> new Integration(Integration.Method.DORMAND_PRINCE_853, a, r));
  }

  private static ModelSpec model(SpecNode n) {
    String kind = n.choice("kind", "esn", MODEL_KINDS);
    String name = n.text("name", kind.equals("esn") ? "esn" : "d2r2");
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw n.error("name", "must use only letters, digits, '.', '_' and '-', got '" + name + "'");
    }
    ModelSpec out;
    if (kind.equals("d2r2")) {
      int degree = range(n, "degree", n.integer("degree", 4), 1, 12);
      double ridge = n.number("ridge", Experiments.RIDGE);
      out = n.build(null, () -> new D2r2Spec(name, degree, ridge));
    } else {
      EsnConfig dc = EsnConfig.lsrLorenz63();
      int size = range(n, "reservoirSize", n.integer("reservoirSize", dc.reservoirSize()), 1,
          MAX_RESERVOIR);
      double degree = n.number("degree", dc.degree());
      double rho = n.number("spectralRadius", dc.spectralRadius());
      double sigma = n.number("inputScale", dc.inputScale());
      double ridge = n.number("ridge", dc.ridge());
      ReadoutTransform transform = ReadoutTransform.valueOf(
          n.choice("transform", dc.transform().name(), TRANSFORMS));
      boolean round = n.bool("roundToInputMultiple", dc.roundToInputMultiple());
      out = n.build(null, () -> new EsnSpec(name,
          new EsnConfig(size, degree, rho, sigma, ridge, transform, round)));
    }
    n.finish();
    return out;
  }

  private static int range(SpecNode n, String field, int v, long lo, long hi) {
    if (v < lo || v > hi) {
      throw n.error(field, "must be in [" + lo + ", " + hi + "], got " + v);
    }
    return v;
  }

  /**
   * The canonical tree of {@code spec}, every field explicit.
   *
   * @throws IllegalArgumentException for a {@link SeriesData} source (a series in memory has no
   *     text form; a spec names its file with a {@link CsvData} source)
   */
  public static ObjectNode write(ExperimentSpec spec) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", spec.name());
    o.put("seed", spec.seed());
    o.set("data", data(spec.data()));
    o.put("scaling", spec.scaling().label());
    o.put("trainLength", spec.trainLength());
    o.set("windows", ResultFiles.windows(spec.windows()));
    o.put("warmup", spec.warmup());
    o.put("threshold", spec.threshold());
    ArrayNode models = o.putArray("models");
    for (ModelSpec m : spec.models()) {
      ObjectNode mn = models.addObject();
      mn.put("kind", m.kind());
      mn.put("name", m.name());
      if (m instanceof D2r2Spec d) {
        mn.put("degree", d.degree());
        mn.put("ridge", d.ridge());
      } else if (m instanceof EsnSpec e) {
        EsnConfig c = e.config();
        mn.put("reservoirSize", c.reservoirSize());
        mn.put("degree", c.degree());
        mn.put("spectralRadius", c.spectralRadius());
        mn.put("inputScale", c.inputScale());
        mn.put("ridge", c.ridge());
        mn.put("transform", c.transform().name());
        mn.put("roundToInputMultiple", c.roundToInputMultiple());
      }
    }
    ArrayNode p = o.putArray("precisions");
    spec.precisions().forEach(x -> p.add(x.label()));
    o.put("examples", spec.examples());
    o.put("lyapunovSteps", spec.lyapunovSteps());
    o.put("teacherForced", spec.teacherForced());
    o.put("parallel", spec.parallel());
    return o;
  }

  private static ObjectNode data(DataSource source) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    if (source instanceof Lorenz63Data l) {
      d.put("source", "lorenz63");
      d.put("sigma", l.system().sigma());
      d.put("rho", l.system().rho());
      d.put("beta", l.system().beta());
      ArrayNode x0 = d.putArray("initialState");
      for (double v : l.initialState()) {
        x0.add(v);
      }
      d.put("dt", l.dt());
      d.put("spinUpSteps", l.spinUpSteps());
      d.put("length", l.length());
      d.set("integration", integration(l.integration()));
    } else if (source instanceof Lorenz96Data l) {
      Lorenz96ThreeTier s = l.system();
      d.put("source", "lorenz96");
      d.put("k", s.k());
      d.put("j", s.j());
      d.put("i", s.i());
      d.put("forcing", s.forcing());
      d.put("h", s.h());
      d.put("b", s.b());
      d.put("c", s.c());
      d.put("d", s.d());
      d.put("e", s.e());
      d.put("gZ", s.gZ());
      d.put("rings", s.rings() == RingConvention.PER_COLUMN ? "per-column" : "chained");
      d.put("seed", l.seed());
      d.put("dt", l.dt());
      d.put("spinUpSteps", l.spinUpSteps());
      d.put("length", l.length());
      d.set("integration", integration(l.integration()));
    } else if (source instanceof CsvData c) {
      d.put("source", "csv");
      d.put("path", c.path());
      d.put("dt", c.dt());
      d.put("timeColumn", c.timeColumn());
    } else {
      throw new IllegalArgumentException("a series in memory has no spec text; name its file "
          + "with a csv source");
    }
    return d;
  }

  private static JsonNode integration(Integration i) {
    if (i.method() == Integration.Method.RK4) {
      return JsonNodeFactory.instance.textNode("rk4");
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("method", "dp853");
    o.put("absoluteTolerance", i.absoluteTolerance());
    o.put("relativeTolerance", i.relativeTolerance());
    return o;
  }
}
