package org.knotwork.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.knotwork.init.DeltaSlopeLaw;
import org.knotwork.init.FlatnessTable;
import org.knotwork.init.GaussianSigmas;
import org.knotwork.init.InitLaws;
import org.knotwork.init.InitMonteCarlo;
import org.knotwork.init.InitQuery;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.InitStatistics;
import org.knotwork.init.Initializer;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import org.knotwork.net.NetworkParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code knotwork init}: draws an initial network from a scheme, width, scales and seed, and prints
 * the exact laws of the scheme (knots S21, delta-slopes S22, flatness S23), their Monte Carlo
 * estimates and the flatness table (notes &sect;5).
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Draw an initial network, and print the exact laws of its scheme with optional "
        + "Monte Carlo checks and flatness tables (notes section 5).",
        "Without --out and without a report option, NET.json {\"w\":[..],\"b\":[..],\"v\":[..],"
            + "\"c\":..} goes to stdout.",
        "With --laws, --mc or --flatness, one JSON object goes to stdout: {\"spec\":{..}, "
            + "\"laws\":{..}, \"monteCarlo\":{..}, \"comparison\":{..}, \"flatness\":[..]} "
            + "(keys present as requested).",
        "Schemes: pytorch-default, he-normal, he-uniform, glorot-normal, glorot-uniform, "
            + "lecun-normal, lecun-uniform (each also with -zero-bias), gaussian, spread.",
        "Fans of a 1->H->1 net: layer 1 fan_in 1, fan_out H; layer 2 fan_in H, fan_out 1. "
            + "Weight-only schemes keep nn.Linear's default biases U(+-1/sqrt(fan_in))."})
final class InitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--scheme", required = true, paramLabel = "NAME",
      converter = SchemeConverter.class, description = "Initialisation scheme (see above).")
  InitScheme scheme;

  @Option(names = "--width", required = true, paramLabel = "H", description = "Hidden width H >= 1.")
  int width;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "K",
      description = "Seed of the \"init\" stream (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--scale-w", defaultValue = "1", paramLabel = "A",
      description = "Multiplier of the first-layer weights w (default: ${DEFAULT-VALUE}).")
  double scaleW;

  @Option(names = "--scale-b", defaultValue = "1", paramLabel = "A",
      description = "Multiplier of the first-layer biases b (default: ${DEFAULT-VALUE}).")
  double scaleB;

  @Option(names = "--scale-v", defaultValue = "1", paramLabel = "A",
      description = "Multiplier of the second-layer weights v; c is not scaled "
          + "(default: ${DEFAULT-VALUE}).")
  double scaleV;

  @Option(names = "--sigma-w", paramLabel = "S", description = "gaussian: std of w (> 0).")
  Double sigmaW;

  @Option(names = "--sigma-b", paramLabel = "S", description = "gaussian: std of b (>= 0).")
  Double sigmaB;

  @Option(names = "--sigma-v", paramLabel = "S", description = "gaussian: std of v (> 0).")
  Double sigmaV;

  @Option(names = "--sigma-c", paramLabel = "S",
      description = "gaussian: std of c (>= 0, default 0).")
  Double sigmaC;

  @Option(names = "--range", paramLabel = "LO,HI", converter = IntervalConverter.class,
      description = "spread: the data range the knots are spread over.")
  Interval range;

  @Option(names = "--out", paramLabel = "NET.json", description = "Write the network here.")
  Path out;

  @Option(names = "--laws", description = "Print the exact laws and statistics.")
  boolean laws;

  @Option(names = "--mc", paramLabel = "N",
      description = "Estimate every statistic from N networks (N >= 4) and compare with the "
          + "exact laws (z = (estimate - exact)/standard error); with --flatness, N networks per "
          + "table row (add --laws for the base spec's comparison too).")
  Integer networks;

  @Option(names = "--points", split = ",", paramLabel = "X",
      description = "Probe points for Var f0(x), Var f0'(x) (default: 0,0.5,1).")
  List<Double> points = List.of(0.0, 0.5, 1.0);

  @Option(names = "--window", paramLabel = "LO,HI", converter = IntervalConverter.class,
      description = "Window for knot counts and roughness; repeatable (default: -1,1).")
  List<Interval> windows = List.of(Interval.symmetric(1));

  @Option(names = "--knot-bins", split = ",", paramLabel = "E",
      description = "Edges of the knot histogram (default: -4,-3,-2,-1,-0.5,0,0.5,1,2,3,4).")
  double[] knotEdges = {-4, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4};

  @Option(names = "--slope-bins", split = ",", paramLabel = "E",
      description = "Edges of the delta-slope histogram (default: 20 equal bins over +-3 sd).")
  double[] slopeEdges;

  @Option(names = "--flatness",
      description = "Print the flatness table over --widths x --scales at --probe and the first "
          + "--window.")
  boolean flatness;

  @Option(names = "--widths", split = ",", paramLabel = "H",
      description = "Widths of the flatness table (default: 10,100,1000,10000).")
  List<Integer> widths = List.of(10, 100, 1000, 10_000);

  @Option(names = "--scales", paramLabel = "AW,AB,AV", converter = ScalesConverter.class,
      description = "Scale triple of the flatness table; repeatable (default: the --scale-* "
          + "values).")
  List<Scales> scaleGrid;

  @Option(names = "--probe", defaultValue = "0.5", paramLabel = "X",
      description = "Probe point of the flatness table (default: ${DEFAULT-VALUE}).")
  double probe;

  @Override
  public Integer call() {
    InitSpec initSpec = buildSpec();
    NetworkParams net = Initializer.initialize(initSpec);
    if (out != null) {
      NetJson.write(out, net);
    }
    boolean report = laws || networks != null || flatness;
    if (!report) {
      if (out == null) {
        spec.commandLine().getOut().println(NetJson.toJson(net));
      }
      return 0;
    }
    if (networks != null && networks < 4) {
      throw new IllegalArgumentException("--mc must be at least 4, got " + networks);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("spec", specMap(initSpec));
    if (laws || (networks != null && !flatness)) {
      InitLaws exact = InitLaws.of(initSpec);
      InitQuery query = new InitQuery(points, windows, InitQuery.bins(knotEdges),
          InitQuery.bins(slopeEdges != null ? slopeEdges : defaultSlopeEdges(exact.deltaSlopes())));
      InitStatistics stats = exact.statistics(query);
      Map<String, Object> lawMap = new LinkedHashMap<>();
      lawMap.put("neuron", tagged(exact.neuron()));
      lawMap.put("knotLaw", tagged(exact.knots()));
      Map<String, Object> slopeLaw = tagged(exact.deltaSlopes());
      slopeLaw.put("secondMoment", exact.deltaSlopes().secondMoment());
      slopeLaw.put("absMean", exact.deltaSlopes().absMean());
      slopeLaw.put("fourthMoment", exact.deltaSlopes().fourthMoment());
      lawMap.put("deltaSlopeLaw", slopeLaw);
      lawMap.put("sdSumMuSquared", exact.sdSumMuSquared());
      lawMap.put("statistics", stats);
      doc.put("laws", lawMap);
      if (networks != null) {
        InitStatistics mc = InitMonteCarlo.estimate(initSpec, query, networks);
        Map<String, Object> mcMap = new LinkedHashMap<>();
        mcMap.put("networks", networks);
        mcMap.put("statistics", mc);
        doc.put("monteCarlo", mcMap);
        List<InitStatistics.Deviation> devs = InitStatistics.compare(stats, mc);
        Map<String, Object> cmp = new LinkedHashMap<>();
        cmp.put("maxAbsZ", devs.stream().mapToDouble(d -> Math.abs(d.z())).max().orElse(0));
        cmp.put("worst", devs.stream()
            .max(Comparator.comparingDouble(d -> Math.abs(d.z()))).map(d -> d.quantity())
            .orElse(""));
        cmp.put("deviations", devs);
        doc.put("comparison", cmp);
      }
    }
    if (flatness) {
      List<Scales> grid = scaleGrid != null ? scaleGrid : List.of(initSpec.scales());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (FlatnessTable.Row row : FlatnessTable.compute(initSpec, widths, grid, probe,
          windows.get(0), networks == null ? 0 : networks)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = Json.MAPPER.convertValue(row, LinkedHashMap.class);
        m.put("scheme", row.scheme().cliName());
        if (row.monteCarlo() == null) {
          m.remove("monteCarlo");
        }
        rows.add(m);
      }
      doc.put("flatness", rows);
    }
    spec.commandLine().getOut().println(Json.write(doc));
    return 0;
  }

  private InitSpec buildSpec() {
    boolean anySigma = sigmaW != null || sigmaB != null || sigmaV != null || sigmaC != null;
    GaussianSigmas sigmas = null;
    if (scheme == InitScheme.GAUSSIAN) {
      if (sigmaW == null || sigmaB == null || sigmaV == null) {
        throw new IllegalArgumentException(
            "scheme gaussian needs --sigma-w, --sigma-b and --sigma-v (and optionally --sigma-c)");
      }
      sigmas = new GaussianSigmas(sigmaW, sigmaB, sigmaV, sigmaC == null ? 0.0 : sigmaC);
    } else if (anySigma) {
      throw new IllegalArgumentException(
          "--sigma-* apply only to scheme gaussian, not to " + scheme.cliName());
    }
    if (range != null && scheme != InitScheme.SPREAD) {
      throw new IllegalArgumentException(
          "--range applies only to scheme spread, not to " + scheme.cliName());
    }
    if (range == null && scheme == InitScheme.SPREAD) {
      throw new IllegalArgumentException("scheme spread needs --range LO,HI (the data range)");
    }
    return new InitSpec(scheme, width, new Scales(scaleW, scaleB, scaleV), sigmas, range, seed);
  }

  private static double[] defaultSlopeEdges(DeltaSlopeLaw law) {
    double sd = Math.sqrt(law.secondMoment());
    double[] e = new double[21];
    for (int k = 0; k <= 20; k++) {
      e[k] = sd * (-3 + 0.3 * k);
    }
    return e;
  }

  private static Map<String, Object> specMap(InitSpec s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scheme", s.scheme().cliName());
    m.put("width", s.width());
    m.put("seed", s.seed());
    m.put("scales", s.scales());
    if (s.sigmas() != null) {
      m.put("sigmas", s.sigmas());
    }
    if (s.range() != null) {
      m.put("range", s.range());
    }
    return m;
  }

  /**
   * A law record as a map: {"law": kebab-case type name, then its components}, nested laws tagged
   * the same way.
   */
  static Map<String, Object> tagged(Object law) {
    if (!(law instanceof Record)) {
      throw new IllegalStateException("laws are records, got " + law.getClass());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("law", kebab(law.getClass().getSimpleName()));
    for (RecordComponent rc : law.getClass().getRecordComponents()) {
      Object value;
      try {
        value = rc.getAccessor().invoke(law);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + rc.getName() + " of " + law, e);
      }
      boolean nestedLaw = value instanceof Record r
          && r.getClass().getPackageName().equals(law.getClass().getPackageName())
          && r.getClass().isMemberClass();
      m.put(rc.getName(), nestedLaw ? tagged(value) : value);
    }
    return m;
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses a scheme name with the library's message. */
  static final class SchemeConverter implements ITypeConverter<InitScheme> {
    @Override
    public InitScheme convert(String value) {
      try {
        return InitScheme.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses "LO,HI". */
  static final class IntervalConverter implements ITypeConverter<Interval> {
    @Override
    public Interval convert(String value) {
      double[] v = numbers(value, 2, "LO,HI");
      try {
        return new Interval(v[0], v[1]);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses "AW,AB,AV". */
  static final class ScalesConverter implements ITypeConverter<Scales> {
    @Override
    public Scales convert(String value) {
      double[] v = numbers(value, 3, "AW,AB,AV");
      try {
        return new Scales(v[0], v[1], v[2]);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static double[] numbers(String value, int n, String form) {
    String[] parts = value.split(",", -1);
    if (parts.length != n) {
      throw new TypeConversionException("expected " + form + ", got '" + value + "'");
    }
    List<Double> out = new ArrayList<>();
    for (String p : parts) {
      try {
        out.add(Double.parseDouble(p.strip()));
      } catch (NumberFormatException e) {
        throw new TypeConversionException("expected " + form + " (numbers), got '" + value + "'");
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
