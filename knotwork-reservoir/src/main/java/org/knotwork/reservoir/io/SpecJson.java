package org.knotwork.reservoir.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.reservoir.d2r2.PolynomialFeatures;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.esn.ReadoutTransform;
import org.knotwork.reservoir.experiment.D2r2Spec;
import org.knotwork.reservoir.experiment.DataSource;
import org.knotwork.reservoir.experiment.EsnSpec;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.Experiments;
import org.knotwork.reservoir.experiment.Lorenz63Data;
import org.knotwork.reservoir.experiment.Lorenz96Data;
import org.knotwork.reservoir.experiment.ModelSpec;
import org.knotwork.reservoir.experiment.SeriesData;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.system.Integration;
import org.knotwork.reservoir.system.Lorenz63;
import org.knotwork.reservoir.system.Lorenz96ThreeTier;
import org.knotwork.reservoir.system.RingConvention;

/**
 * An {@link ExperimentSpec} as JSON: the canonical form written into every run directory and the
 * format of {@code knotwork reservoir run --spec FILE}. Reading is strict: unknown fields, wrong types,
 * non-finite numbers and out-of-range values are refused with an {@link InputException} naming the
 * field (e.g. {@code models[1].degree}).
 *
 * <pre>
 * {"name": "mine", "seed": 1802,
 *  "data": {"source": "lorenz63" | "lorenz96" | "csv", ...},
 *  "scaling": "std-per-component" | "zscore-global" | "zscore-per-component" | "none",
 *  "trainLength": 50000,
 *  "windows": {"firstOrigin": 51999, "count": 100, "stride": 2000, "length": 2000},
 *  "warmup": 50, "threshold": 0.3,
 *  "models": [{"kind": "d2r2", "name": "d2r2-p4", "degree": 4, "ridge": 1e-4},
 *             {"kind": "esn", "name": "esn-lsr", "reservoirSize": 100, "degree": 3,
 *              "spectralRadius": 0.1, "inputScale": 0.25, "ridge": 1e-4, "transform": "T1_EVEN",
 *              "roundToInputMultiple": false}],
 *  "precisions": ["binary64", "binary16:weights"],
 *  "examples": 1, "lyapunovSteps": 0, "teacherForced": false, "parallel": true}
 * </pre>
 *
 * Optional fields and their defaults: {@code name} ("reservoir"), {@code seed} (1802), {@code scaling}
 * (std-per-component for Lorenz 63, zscore-global otherwise), {@code windows.firstOrigin}
 * (trainLength &minus; 1), {@code windows.stride} (= length), {@code warmup} (50), {@code threshold}
 * (0.3), {@code precisions} (["binary64"]), {@code examples} (1), {@code lyapunovSteps} (0),
 * {@code teacherForced} (false), {@code parallel} (true). Data sources: {@code lorenz63} (fields
 * {@code sigma, rho, beta, initialState, dt, spinUpSteps, length, integration}), {@code lorenz96}
 * ({@code k, j, i, forcing, h, b, c, d, e, gZ, rings, seed, dt, spinUpSteps, length, integration}),
 * {@code csv} ({@code path} relative to the spec file, {@code dt}, optional {@code timeColumn}).
 * {@code integration} is {@code "rk4"} or {@code {"method": "dp853", "absoluteTolerance": ..,
 * "relativeTolerance": ..}}.
 */
public final class SpecJson {
  /** Largest reservoir accepted from a file (the readout Gram matrix is N&times;N doubles). */
  public static final int MAX_RESERVOIR = 20_000;
  /** Largest D2R2 feature count accepted from a file. */
  public static final long MAX_FEATURES = PolynomialFeatures.MAX_FEATURES;
  /** Largest series length accepted for generated data. */
  public static final int MAX_LENGTH = 20_000_000;

  private SpecJson() {}

  /**
   * The canonical JSON of {@code spec}. A {@link SeriesData} source is written as a {@code csv}
   * source at {@code seriesPath} (the caller writes the series there); null for other sources.
   */
  public static String toJson(ExperimentSpec spec, String seriesPath) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", spec.name());
    o.put("seed", spec.seed());
    o.set("data", data(spec.data(), seriesPath));
    o.put("scaling", scalingLabel(spec.scaling()));
    o.put("trainLength", spec.trainLength());
    ObjectNode w = o.putObject("windows");
    w.put("firstOrigin", spec.windows().firstOrigin());
    w.put("count", spec.windows().count());
    w.put("stride", spec.windows().stride());
    w.put("length", spec.windows().length());
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
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a spec", e);
    }
  }

  private static ObjectNode data(DataSource source, String seriesPath) {
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
    } else if (source instanceof SeriesData s) {
      if (seriesPath == null) {
        throw new IllegalArgumentException("a series source needs the path its CSV is written to");
      }
      d.put("source", "csv");
      d.put("path", seriesPath);
      d.put("dt", s.dt());
      d.put("timeColumn", -1);
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

  /** Reads a spec file ({@code csv} paths are resolved against the file's folder). */
  public static ExperimentSpec read(Path file) {
    JsonNode root = Json.readTree(file, "spec");
    Path base = file.toAbsolutePath().getParent();
    return parse(root, base, "spec " + file);
  }

  /** Parses a spec tree; {@code where} prefixes every error message. */
  public static ExperimentSpec parse(JsonNode root, Path base, String where) {
    Reader r = new Reader(where);
    r.object(root, "", Set.of("name", "seed", "data", "scaling", "trainLength", "windows",
        "warmup", "threshold", "models", "precisions", "examples", "lyapunovSteps",
        "teacherForced", "parallel"));
    String name = r.text(root, "name", "reservoir");
    long seed = r.integer(root, "seed", Experiments.SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    JsonNode dataNode = r.required(root, "data");
    DataSource data = r.data(dataNode, base);
    Scaling defaultScaling = data instanceof Lorenz63Data ? Scaling.STD_PER_COMPONENT
        : Scaling.ZSCORE_GLOBAL;
    Scaling scaling = root.has("scaling") ? r.scaling(root.get("scaling"), "scaling")
        : defaultScaling;
    int train = (int) r.integer(root, "trainLength", null, 2, data.length());
    JsonNode wn = r.required(root, "windows");
    r.object(wn, "windows", Set.of("firstOrigin", "count", "stride", "length"));
    int length = (int) r.integer(wn, "length", null, 1, MAX_LENGTH, "windows.length");
    int count = (int) r.integer(wn, "count", null, 1, 1_000_000, "windows.count");
    int stride = (int) r.integer(wn, "stride", (long) length, 1, MAX_LENGTH, "windows.stride");
    int first = (int) r.integer(wn, "firstOrigin", (long) train - 1, 0, MAX_LENGTH,
        "windows.firstOrigin");
    TestWindows windows = r.build("windows", () -> new TestWindows(first, count, stride, length));
    int warmup = (int) r.integer(root, "warmup", (long) Experiments.WARMUP, 1, MAX_LENGTH);
    double threshold = r.number(root, "threshold", Experiments.THRESHOLD, "threshold");
    JsonNode mn = r.required(root, "models");
    if (!mn.isArray() || mn.isEmpty()) {
      throw r.error("models", "must be a non-empty array of models");
    }
    List<ModelSpec> models = new ArrayList<>();
    for (int q = 0; q < mn.size(); q++) {
      models.add(r.model(mn.get(q), "models[" + q + "]", data.dimension()));
    }
    List<Precision> precisions = new ArrayList<>();
    if (root.has("precisions")) {
      JsonNode pn = root.get("precisions");
      if (!pn.isArray() || pn.isEmpty()) {
        throw r.error("precisions", "must be a non-empty array of strings such as "
            + "\"binary16:weights\"");
      }
      for (int q = 0; q < pn.size(); q++) {
        String field = "precisions[" + q + "]";
        if (!pn.get(q).isTextual()) {
          throw r.error(field, "must be a string such as \"binary16:weights\"");
        }
        String text = pn.get(q).asText();
        precisions.add(r.build(field, () -> Precision.parse(text)));
      }
    } else {
      precisions.add(Precision.BINARY64);
    }
    int examples = (int) r.integer(root, "examples", 1L, 0, count);
    int lyap = (int) r.integer(root, "lyapunovSteps", 0L, 0, MAX_LENGTH);
    boolean tf = r.bool(root, "teacherForced", false);
    boolean parallel = r.bool(root, "parallel", true);
    return r.build("spec", () -> new ExperimentSpec(name, data, scaling, train, windows, warmup,
        threshold, models, precisions, seed, examples, lyap, tf, parallel));
  }

  /** The label of a scaling rule in spec files. */
  public static String scalingLabel(Scaling s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a scaling label ({@code std-per-component}, {@code zscore-global}, ...). */
  public static Scaling parseScaling(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Scaling s : Scaling.values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("scaling must be one of none, std-per-component, "
        + "zscore-global, zscore-per-component, got '" + text + "'");
  }

  /**
   * Reads a CSV series ({@link TimeSeriesCsv#read}), turning a missing file or a malformed line into an
   * {@link InputException} that starts with {@code where}.
   */
  public static org.knotwork.reservoir.series.TimeSeries readSeries(Path file, double dt,
      int timeColumn, String where) {
    try {
      return TimeSeriesCsv.read(file, dt, timeColumn);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(where + ": series file " + file + " does not exist");
    } catch (IOException e) {
      throw new InputException(where + ": cannot read series " + file + ": " + e.getMessage());
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage());
    }
  }

  /** Field-naming reader. */
  private static final class Reader {
    private final String where;

    Reader(String where) {
      this.where = where;
    }

    InputException error(String field, String message) {
      return new InputException(where + ": " + field + " " + message);
    }

    <T> T build(String field, java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (InputException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new InputException(where + ": " + field + ": " + e.getMessage());
      }
    }

    void object(JsonNode n, String field, Set<String> allowed) {
      String label = field.isEmpty() ? "the spec" : field;
      if (n == null || !n.isObject()) {
        throw new InputException(where + ": " + label + " must be a JSON object");
      }
      Iterator<String> it = n.fieldNames();
      while (it.hasNext()) {
        String f = it.next();
        if (!allowed.contains(f)) {
          throw new InputException(where + ": unknown field " + (field.isEmpty() ? "" : field + ".")
              + f + " (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
      }
    }

    JsonNode required(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        throw error(field, "is required");
      }
      return v;
    }

    String text(JsonNode n, String field, String dflt) {
      JsonNode v = n.get(field);
      if (v == null) {
        if (dflt == null) {
          throw error(field, "is required");
        }
        return dflt;
      }
      if (!v.isTextual()) {
        throw error(field, "must be a string");
      }
      return v.asText();
    }

    long integer(JsonNode n, String field, Long dflt, long lo, long hi) {
      return integer(n, field, dflt, lo, hi, field);
    }

    long integer(JsonNode n, String field, Long dflt, long lo, long hi, String label) {
      JsonNode v = n.get(field);
      if (v == null) {
        if (dflt == null) {
          throw error(label, "is required");
        }
        return dflt;
      }
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw error(label, "must be an integer, got " + v);
      }
      long x = v.asLong();
      if (x < lo || x > hi) {
        throw error(label, "must be in [" + lo + ", " + hi + "], got " + x);
      }
      return x;
    }

    double number(JsonNode n, String field, Double dflt, String label) {
      JsonNode v = n.get(field);
      if (v == null) {
        if (dflt == null) {
          throw error(label, "is required");
        }
        return dflt;
      }
      if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw error(label, "must be a finite number, got " + v);
      }
      return v.asDouble();
    }

    boolean bool(JsonNode n, String field, boolean dflt) {
      JsonNode v = n.get(field);
      if (v == null) {
        return dflt;
      }
      if (!v.isBoolean()) {
        throw error(field, "must be true or false, got " + v);
      }
      return v.asBoolean();
    }

    Scaling scaling(JsonNode v, String field) {
      if (!v.isTextual()) {
        throw error(field, "must be a string");
      }
      return build(field, () -> parseScaling(v.asText()));
    }

    Integration integration(JsonNode n, String field) {
      if (n == null) {
        return Integration.rk4();
      }
      if (n.isTextual()) {
        if (n.asText().equals("rk4")) {
          return Integration.rk4();
        }
        throw error(field, "must be \"rk4\" or {\"method\": \"dp853\", ...}, got " + n);
      }
      object(n, field, Set.of("method", "absoluteTolerance", "relativeTolerance"));
      String method = text(n, "method", null);
      if (method.equals("rk4")) {
        return Integration.rk4();
      }
      if (!method.equals("dp853")) {
        throw error(field + ".method", "must be rk4 or dp853, got '" + method + "'");
      }
      double a = number(n, "absoluteTolerance", 1e-9, field + ".absoluteTolerance");
      double rel = number(n, "relativeTolerance", 1e-9, field + ".relativeTolerance");
      return build(field, () -> new Integration(Integration.Method.DORMAND_PRINCE_853, a, rel));
    }

    DataSource data(JsonNode n, Path base) {
      if (!n.isObject()) {
        throw error("data", "must be a JSON object");
      }
      String source = text(n, "source", null);
      switch (source) {
        case "lorenz63" -> {
          object(n, "data", Set.of("source", "sigma", "rho", "beta", "initialState", "dt",
              "spinUpSteps", "length", "integration"));
          Lorenz63 std = Lorenz63.standard();
          double sigma = number(n, "sigma", std.sigma(), "data.sigma");
          double rho = number(n, "rho", std.rho(), "data.rho");
          double beta = number(n, "beta", std.beta(), "data.beta");
          double[] x0 = {1, 1, 1};
          if (n.has("initialState")) {
            JsonNode a = n.get("initialState");
            if (!a.isArray() || a.size() != 3) {
              throw error("data.initialState", "must be an array of 3 numbers");
            }
            for (int q = 0; q < 3; q++) {
              if (!a.get(q).isNumber() || !Double.isFinite(a.get(q).asDouble())) {
                throw error("data.initialState[" + q + "]", "must be a finite number");
              }
              x0[q] = a.get(q).asDouble();
            }
          }
          double dt = number(n, "dt", 0.005, "data.dt");
          int spin = (int) integer(n, "spinUpSteps", 0L, 0, MAX_LENGTH, "data.spinUpSteps");
          int len = (int) integer(n, "length", null, 2, MAX_LENGTH, "data.length");
          Integration integ = integration(n.get("integration"), "data.integration");
          Lorenz63 sys = build("data", () -> new Lorenz63(sigma, rho, beta));
          return build("data", () -> new Lorenz63Data(sys, x0, dt, spin, len, integ));
        }
        case "lorenz96" -> {
          object(n, "data", Set.of("source", "k", "j", "i", "forcing", "h", "b", "c", "d", "e",
              "gZ", "rings", "seed", "dt", "spinUpSteps", "length", "integration"));
          Lorenz96ThreeTier s = Lorenz96ThreeTier.standard();
          int k = (int) integer(n, "k", (long) s.k(), 4, 64, "data.k");
          int j = (int) integer(n, "j", (long) s.j(), 1, 64, "data.j");
          int i = (int) integer(n, "i", (long) s.i(), 1, 64, "data.i");
          double f = number(n, "forcing", s.forcing(), "data.forcing");
          double h = number(n, "h", s.h(), "data.h");
          double b = number(n, "b", s.b(), "data.b");
          double c = number(n, "c", s.c(), "data.c");
          double d = number(n, "d", s.d(), "data.d");
          double e = number(n, "e", s.e(), "data.e");
          double gz = number(n, "gZ", s.gZ(), "data.gZ");
          String ringText = text(n, "rings", "per-column");
          RingConvention rings = switch (ringText) {
            case "per-column" -> RingConvention.PER_COLUMN;
            case "chained" -> RingConvention.CHAINED;
            default -> throw error("data.rings", "must be per-column or chained, got '"
                + ringText + "'");
          };
          long seed = integer(n, "seed", Experiments.SEED, Long.MIN_VALUE, Long.MAX_VALUE,
              "data.seed");
          double dt = number(n, "dt", 0.005, "data.dt");
          int spin = (int) integer(n, "spinUpSteps", 20_000L, 0, MAX_LENGTH, "data.spinUpSteps");
          int len = (int) integer(n, "length", null, 2, MAX_LENGTH, "data.length");
          Integration integ = integration(n.get("integration"), "data.integration");
          Lorenz96ThreeTier sys = build("data",
              () -> new Lorenz96ThreeTier(k, j, i, f, h, b, c, d, e, gz, rings));
          return build("data", () -> new Lorenz96Data(sys, seed, dt, spin, len, integ));
        }
        case "csv" -> {
          object(n, "data", Set.of("source", "path", "dt", "timeColumn"));
          String p = text(n, "path", null);
          double dt = number(n, "dt", null, "data.dt");
          if (!(dt > 0)) {
            throw error("data.dt", "must be > 0, got " + dt);
          }
          int tc = (int) integer(n, "timeColumn", -1L, -1, 10_000, "data.timeColumn");
          Path file = base == null ? Path.of(p) : base.resolve(p);
          return new SeriesData(file.getFileName().toString(), readSeries(file, dt, tc, where));
        }
        default -> throw error("data.source", "must be lorenz63, lorenz96 or csv, got '"
            + source + "'");
      }
    }

    ModelSpec model(JsonNode n, String field, int inputs) {
      if (n == null || !n.isObject()) {
        throw error(field, "must be a JSON object");
      }
      String kind = text(n, "kind", null);
      String name = text(n, "name", null);
      if (!name.matches("[A-Za-z0-9._-]+")) {
        throw error(field + ".name", "must use only letters, digits, '.', '_' and '-', got '"
            + name + "'");
      }
      switch (kind) {
        case "d2r2" -> {
          object(n, field, Set.of("kind", "name", "degree", "ridge"));
          int degree = (int) integer(n, "degree", null, 1, 12, field + ".degree");
          long features = PolynomialFeatures.count(inputs, degree);
          if (features > MAX_FEATURES) {
            throw error(field + ".degree", "gives " + features + " features for " + inputs
                + " inputs; at most " + MAX_FEATURES + " are allowed");
          }
          double ridge = number(n, "ridge", Experiments.RIDGE, field + ".ridge");
          return build(field, () -> new D2r2Spec(name, degree, ridge));
        }
        case "esn" -> {
          object(n, field, Set.of("kind", "name", "reservoirSize", "degree", "spectralRadius",
              "inputScale", "ridge", "transform", "roundToInputMultiple"));
          int size = (int) integer(n, "reservoirSize", null, 1, MAX_RESERVOIR,
              field + ".reservoirSize");
          double degree = number(n, "degree", 3.0, field + ".degree");
          double rho = number(n, "spectralRadius", null, field + ".spectralRadius");
          double sigma = number(n, "inputScale", null, field + ".inputScale");
          double ridge = number(n, "ridge", Experiments.RIDGE, field + ".ridge");
          String t = text(n, "transform", "T2");
          ReadoutTransform transform;
          try {
            transform = ReadoutTransform.valueOf(t);
          } catch (IllegalArgumentException e) {
            throw error(field + ".transform", "must be NONE, T1, T1_EVEN or T2, got '" + t + "'");
          }
          boolean round = bool(n, "roundToInputMultiple", false);
          if (round && size < inputs) {
            throw error(field + ".reservoirSize", "must be >= the " + inputs + " inputs when "
                + "roundToInputMultiple is true, got " + size);
          }
          return build(field, () -> new EsnSpec(name,
              new EsnConfig(size, degree, rho, sigma, ridge, transform, round)));
        }
        default -> throw error(field + ".kind", "must be esn or d2r2, got '" + kind + "'");
      }
    }
  }
}
