package org.knotwork.isometry.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.study.Study;
import org.knotwork.isometry.geometry.Geometry;
import org.knotwork.isometry.study.InitialGeometry;
import org.knotwork.isometry.study.IsometrySpec;
import org.knotwork.isometry.study.IsometryStudy;

/**
 * Experiment 1A, docs/isometry.md check 12 (&sect;3 there): over critical orthogonal tanh networks
 * at six fixed points q*, the Fisher's &lambda;<sub>max</sub> tracks the hidden Jacobian's
 * s<sub>max</sub><sup>2</sup> (correlation &gt; 0.5 over the networks), mean s<sub>max</sub><sup>2</sup>
 * rises strictly with q*, mean &lambda;<sub>max</sub> is non-decreasing within 10% slack and at q* = 2
 * and 8 exceeds five times its value at 1e-3; the tangent kernel's &kappa; is reported, not asserted.
 * Quick: L = 8, N = 32, 32 probes, 2 replicas; full: the notes' setting L = 16, N = 64, 64 probes, 4
 * replicas.
 */
public final class InitialGeometryEntry implements CatalogEntry {
  private final IsometryStudy kind;

  /** The entry of {@code kind}. */
  public InitialGeometryEntry(IsometryStudy kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return "isometry-1a-geometry";
  }

  @Override
  public String title() {
    return "Isometry 1A: Fisher lambda_max follows the Jacobian's s_max^2 over q*";
  }

  @Override
  public String claim() {
    return "At critical orthogonal tanh initialisation, lambda_max of the true Fisher and the mean s_max^2"
        + " of the hidden Jacobian both rise with q* and correlate over networks (Sokol & Park 2020, F1-F2)";
  }

  @Override
  public String tolerance() {
    return "rho(lambda_max, s2_max) > 0.5; s2_max means strictly increasing in q*; lambda_max means"
        + " non-decreasing within 10%; lambda_max(2), lambda_max(8) > 5 lambda_max(1e-3)";
  }

  /** The spec of a variant. */
  public static IsometrySpec spec(Variant variant) {
    List<Double> qs = List.of(1e-3, 1.0 / 64, 0.1, 0.5, 2.0, 8.0);
    return variant == Variant.QUICK
        ? new IsometrySpec(0, "tanh", "orthogonal", 8, 32, 10, qs, 2, 32, "cross-entropy", true, 1001)
        : new IsometrySpec(0, "tanh", "orthogonal", 16, 64, 10, qs, 4, 64, "cross-entropy", true, 1001);
  }

  @Override
  public String protocol(Variant variant) {
    IsometrySpec s = spec(variant);
    return "tanh, orthogonal, critical; L = " + s.depth() + ", N = " + s.width() + ", C = " + s.classes()
        + ", q* in " + s.qStars() + ", " + s.replicas() + " replicas, " + s.probes()
        + " random inputs rescaled to q1 = q*, uniform labels, softmax cross-entropy";
  }

  @Override
  public Outcome run(CatalogContext context) {
    IsometrySpec spec = spec(context.variant());
    List<InitialGeometry.NetGeometry> nets = InitialGeometry.compute(spec, 1);
    Table.Builder per = Table.of("networks", "q_star", "replica", "s2_max", "lambda_max_true",
        "lambda_max_empirical", "ntk_kappa");
    double[] lam = new double[nets.size()];
    double[] s2 = new double[nets.size()];
    double[] out2 = new double[nets.size()];
    for (int i = 0; i < nets.size(); i++) {
      InitialGeometry.NetGeometry n = nets.get(i);
      Geometry g = n.geometry();
      lam[i] = g.lambdaMaxTrue();
      s2[i] = g.meanSMaxSquared();
      out2[i] = g.meanOutputSMaxSquared();
      per.row(n.qStar(), (long) n.replica(), s2[i], lam[i], g.lambdaMaxEmpirical(), g.ntkKappa());
    }
    List<Double> qs = spec.qStars();
    double[] meanLam = new double[qs.size()];
    double[] meanS2 = new double[qs.size()];
    double[] logKappa = new double[qs.size()];
    Table.Builder byQ = Table.of("by-q", "q_star", "s2_max", "lambda_max_true", "ntk_kappa");
    for (int j = 0; j < qs.size(); j++) {
      int r = 0;
      for (InitialGeometry.NetGeometry n : nets) {
        if (n.qStar() == qs.get(j)) {
          meanLam[j] += n.geometry().lambdaMaxTrue();
          meanS2[j] += n.geometry().meanSMaxSquared();
          logKappa[j] += Math.log(n.geometry().ntkKappa());
          r++;
        }
      }
      meanLam[j] /= r;
      meanS2[j] /= r;
      byQ.row(qs.get(j), meanS2[j], meanLam[j], Math.exp(logKappa[j] / r));
    }
    List<Measurement> ms = new ArrayList<>();
    ms.add(Measurement.above("rho(lambda_max, s2_max) over the networks", Geometry.correlation(lam, s2), 0.5));
    ms.add(Measurement.info("rho(log lambda_max, log s2_max)",
        Geometry.correlation(log(lam), log(s2))));
    ms.add(Measurement.info("rho(lambda_max, input-output s2_max) (the paper's F1 uses this Jacobian)",
        Geometry.correlation(lam, out2)));
    double worstRise = Double.POSITIVE_INFINITY;
    double worstLam = Double.POSITIVE_INFINITY;
    for (int j = 1; j < qs.size(); j++) {
      worstRise = Math.min(worstRise, meanS2[j] / meanS2[j - 1]);
      worstLam = Math.min(worstLam, meanLam[j] / meanLam[j - 1]);
    }
    ms.add(Measurement.above("smallest ratio of consecutive s2_max means", worstRise, 1.0));
    ms.add(Measurement.atLeast("smallest ratio of consecutive lambda_max means", worstLam, 0.9));
    int i2 = qs.indexOf(2.0);
    int i8 = qs.indexOf(8.0);
    ms.add(Measurement.above("lambda_max(2) / lambda_max(1e-3)", meanLam[i2] / meanLam[0], 5));
    ms.add(Measurement.above("lambda_max(8) / lambda_max(1e-3)", meanLam[i8] / meanLam[0], 5));
    for (int j = 0; j < qs.size(); j++) {
      ms.add(Measurement.info("NTK kappa (lambda_max/lambda_min of the nC x nC kernel), q* = " + qs.get(j),
          Math.exp(logKappa[j] / spec.replicas())));
    }
    return new Outcome(id(), context.variant(), ms, List.of(per.build(), byQ.build()),
        List.of(Figure.line("lambda-vs-s2", "Fisher lambda_max against Jacobian s_max^2", "networks",
                "s2_max", List.of("lambda_max_true"), "mean s_max^2 of dh^L/dh^1", "lambda_max(true Fisher)")
            .withLog(true, true).withStyle("scatter"),
            Figure.line("by-q", "Means over replicas by q*", "by-q", "q_star",
                List.of("s2_max", "lambda_max_true"), "q*", "value").withLog(true, true)
                .withStyle("line+points")),
        List.of(new Study<>(kind, spec).json()));
  }

  private static double[] log(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.log(x[i]);
    }
    return y;
  }
}
