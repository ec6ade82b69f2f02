package org.knotwork.isometry.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.isometry.catalog.InitialGeometryEntry;
import org.knotwork.isometry.geometry.Geometry;

/**
 * The {@code isometry} study kind: the initial geometry of critical networks (experiment 1A,
 * docs/isometry.md &sect;3) at a list of fixed points q*. Writes {@code nets.csv} (one row per network:
 * its critical point, Jacobian moments (I8), Fisher &lambda;<sub>max</sub> (I13)-(I16), trace (I15),
 * kernel &lambda;<sub>min</sub> and &kappa; (I17), last-layer length), {@code summary.csv} (means per q*),
 * {@code jacobian_singular_values.npy} [net, probe, k], {@code lengths.npy} [net, layer] and, with
 * {@code spectra}, {@code fisher_eigenvalues.npy} and {@code ntk_eigenvalues.npy} [net, k] (ascending).
 */
public final class IsometryStudy implements StudyKind<IsometrySpec> {
  /** The kind's name. */
  public static final String NAME = "isometry";

  /** Columns of nets.csv. */
  public static final List<String> NET_COLUMNS = List.of("q_star", "replica", "sigma_w2", "sigma_b2",
      "mean_s2", "s_max", "s2_max", "output_s2_max", "lambda_max_true", "lambda_max_empirical",
      "trace_true", "ntk_lambda_min", "ntk_kappa", "q_last", "loss");

  /** Columns of summary.csv. */
  public static final List<String> SUMMARY_COLUMNS = List.of("q_star", "mean_s2", "s2_max",
      "lambda_max_true", "lambda_max_empirical", "ntk_kappa_geometric_mean", "q_last");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "initial geometry of critical deep networks: Jacobian spectra, Fisher lambda_max, NTK (1A)";
  }

  @Override
  public Class<IsometrySpec> specType() {
    return IsometrySpec.class;
  }

  @Override
  public IsometrySpec defaults() {
    return IsometrySpec.DEFAULTS;
  }

  /** Depth 4, width 16, three q*, two replicas, 16 probes: well under a second. */
  @Override
  public IsometrySpec example() {
    return new IsometrySpec(1, "tanh", "orthogonal", 4, 16, 4, List.of(1.0 / 64, 0.5, 8.0), 2, 16,
        "cross-entropy", true, 201);
  }

  @Override
  public IsometrySpec read(SpecNode root) {
    IsometrySpec d = IsometrySpec.DEFAULTS;
    long seed = root.longInteger("seed", d.seed());
    String activation = root.choice("activation", d.activation(), IsometrySpec.ACTIVATIONS);
    String init = root.choice("init", d.init(), IsometrySpec.INITS);
    int depth = root.integer("depth", d.depth());
    int width = root.integer("width", d.width());
    int classes = root.integer("classes", d.classes());
    double[] qs = root.numbers("qStars", null);
    List<Double> qStars = qs == null ? d.qStars() : java.util.Arrays.stream(qs).boxed().toList();
    int replicas = root.integer("replicas", d.replicas());
    int probes = root.integer("probes", d.probes());
    String loss = root.choice("loss", d.loss(), IsometrySpec.LOSSES);
    boolean spectra = root.bool("spectra", d.spectra());
    int nodes = root.integer("quadratureNodes", d.quadratureNodes());
    return root.build(null, () -> new IsometrySpec(seed, activation, init, depth, width, classes, qStars,
        replicas, probes, loss, spectra, nodes));
  }

  @Override
  public ObjectNode write(IsometrySpec s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("seed", s.seed());
    o.put("activation", s.activation());
    o.put("init", s.init());
    o.put("depth", s.depth());
    o.put("width", s.width());
    o.put("classes", s.classes());
    ArrayNode q = o.putArray("qStars");
    s.qStars().forEach(q::add);
    o.put("replicas", s.replicas());
    o.put("probes", s.probes());
    o.put("loss", s.loss());
    o.put("spectra", s.spectra());
    o.put("quadratureNodes", s.quadratureNodes());
    return o;
  }

  @Override
  public long seed(IsometrySpec spec) {
    return spec.seed();
  }

  @Override
  public StudyResult run(IsometrySpec spec, StudyContext context) {
    context.progress().report("geometry", 0);
    List<InitialGeometry.NetGeometry> nets = InitialGeometry.compute(spec, context.threads());
    write(spec, nets, context.directory());
    context.progress().report("geometry", 1);
    double[] lam = column(nets, g -> g.geometry().lambdaMaxTrue());
    double[] s2 = column(nets, g -> g.geometry().meanSMaxSquared());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("networks", (long) nets.size());
    m.put("rho_lambda_s2", nets.size() > 1 ? Geometry.correlation(lam, s2) : Double.NaN);
    m.put("rho_log_lambda_s2", nets.size() > 1 ? Geometry.correlation(log(lam), log(s2)) : Double.NaN);
    m.put("lambda_max_true_max", java.util.Arrays.stream(lam).max().orElseThrow());
    m.put("s2_max_max", java.util.Arrays.stream(s2).max().orElseThrow());
    return new StudyResult(true, "measured " + nets.size() + " networks", m);
  }

  /** Writes the run's result files. */
  static void write(IsometrySpec spec, List<InitialGeometry.NetGeometry> nets, Path dir) {
    int k = nets.size();
    double[][] cols = new double[NET_COLUMNS.size()][k];
    for (int i = 0; i < k; i++) {
      InitialGeometry.NetGeometry n = nets.get(i);
      Geometry g = n.geometry();
      double[] row = {n.qStar(), n.replica(), n.critical().sigmaW2(), n.critical().sigmaB2(),
          g.meanSquaredSingularValue(), g.meanSMax(), g.meanSMaxSquared(), g.meanOutputSMaxSquared(),
          g.lambdaMaxTrue(), g.lambdaMaxEmpirical(), g.traceTrue(), g.ntkLambdaMin(), g.ntkKappa(),
          g.lengths()[g.lengths().length - 1], g.meanLoss()};
      for (int c = 0; c < row.length; c++) {
        cols[c][i] = row[c];
      }
    }
    AtomicFiles.writeString(dir.resolve("nets.csv"), NumericCsv.format(NET_COLUMNS, cols));
    List<Double> qs = spec.qStars();
    double[][] sum = new double[SUMMARY_COLUMNS.size()][qs.size()];
    for (int j = 0; j < qs.size(); j++) {
      double q = qs.get(j);
      List<Geometry> at = new ArrayList<>();
      for (InitialGeometry.NetGeometry n : nets) {
        if (n.qStar() == q) {
          at.add(n.geometry());
        }
      }
      int r = at.size();
      sum[0][j] = q;
      double logKappa = 0;
      for (Geometry g : at) {
        sum[1][j] += g.meanSquaredSingularValue() / r;
        sum[2][j] += g.meanSMaxSquared() / r;
        sum[3][j] += g.lambdaMaxTrue() / r;
        sum[4][j] += g.lambdaMaxEmpirical() / r;
        logKappa += Math.log(g.ntkKappa()) / r;
        sum[6][j] += g.lengths()[g.lengths().length - 1] / r;
      }
      sum[5][j] = Math.exp(logKappa);
    }
    AtomicFiles.writeString(dir.resolve("summary.csv"), NumericCsv.format(SUMMARY_COLUMNS, sum));
    int probes = spec.probes();
    int sv = nets.get(0).geometry().jacobianSingularValues()[0].length;
    double[] jac = new double[k * probes * sv];
    double[] len = new double[k * spec.depth()];
    for (int i = 0; i < k; i++) {
      Geometry g = nets.get(i).geometry();
      for (int p = 0; p < probes; p++) {
        System.arraycopy(g.jacobianSingularValues()[p], 0, jac, (i * probes + p) * sv, sv);
      }
      System.arraycopy(g.lengths(), 0, len, i * spec.depth(), spec.depth());
    }
    Npy.write(dir.resolve("jacobian_singular_values.npy"), NpyArray.of(new int[] {k, probes, sv}, jac));
    Npy.write(dir.resolve("lengths.npy"), NpyArray.of(new int[] {k, spec.depth()}, len));
    if (spec.spectra()) {
      int m = probes * spec.classes();
      double[] fe = new double[k * m];
      double[] ke = new double[k * m];
      for (int i = 0; i < k; i++) {
        System.arraycopy(nets.get(i).geometry().fisherEigenvalues(), 0, fe, i * m, m);
        System.arraycopy(nets.get(i).geometry().ntkEigenvalues(), 0, ke, i * m, m);
      }
      Npy.write(dir.resolve("fisher_eigenvalues.npy"), NpyArray.of(new int[] {k, m}, fe));
      Npy.write(dir.resolve("ntk_eigenvalues.npy"), NpyArray.of(new int[] {k, m}, ke));
    }
  }

  static double[] column(List<InitialGeometry.NetGeometry> nets,
      java.util.function.ToDoubleFunction<InitialGeometry.NetGeometry> f) {
    return nets.stream().mapToDouble(f).toArray();
  }

  static double[] log(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.log(x[i]);
    }
    return y;
  }

  @Override
  public List<CatalogEntry> catalogEntries() {
    return List.of(new InitialGeometryEntry(this));
  }

  @Override
  public int position() {
    return 400;
  }
}
