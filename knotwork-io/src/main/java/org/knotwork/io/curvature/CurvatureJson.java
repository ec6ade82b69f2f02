package org.knotwork.io.curvature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.curvature.DensityEstimate;
import org.knotwork.curvature.EstimatorError;
import org.knotwork.curvature.GaussNewtonSplit;
import org.knotwork.curvature.LanczosResult;
import org.knotwork.curvature.NullDirections;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.TraceEstimate;
import org.knotwork.common.linalg.Inertia;

/** JSON-ready maps of the curvature results (spectra, estimators and their errors, GN split). */
public final class CurvatureJson {
  private CurvatureJson() {}

  /**
   * {@code {"eigenvalues":[..],"inertia":{..},"tolerance":t[,"residual":r][,"eigenvectors":[[..]]]}},
   * eigenvalues ascending, eigenvectors[k] belonging to eigenvalues[k].
   */
  public static Map<String, Object> spectrum(Spectrum s, boolean vectors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("eigenvalues", s.eigenvalues());
    m.put("inertia", inertia(s.inertia()));
    m.put("tolerance", s.tolerance());
    if (Double.isFinite(s.residual())) {
      m.put("residual", s.residual());
    }
    if (vectors && s.hasVectors()) {
      m.put("eigenvectors", s.eigenvectors());
    }
    return m;
  }

  /** {@code {"positive":p,"zero":z,"negative":n}}. */
  public static Map<String, Object> inertia(Inertia in) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("positive", in.positive());
    m.put("zero", in.zero());
    m.put("negative", in.negative());
    return m;
  }

  /** The labelled null space: rescaling directions by neuron, and the other null directions. */
  public static Map<String, Object> nullDirections(NullDirections n, boolean vectors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nullity", n.nullity());
    List<Map<String, Object>> resc = new ArrayList<>();
    for (NullDirections.RescalingDirection r : n.rescaling()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("neuron", r.neuron());
      e.put("hessianResidual", r.hessianResidual());
      e.put("outsideNullSpace", r.outsideNullSpace());
      if (vectors) {
        e.put("direction", r.direction());
      }
      resc.add(e);
    }
    m.put("rescaling", resc);
    m.put("otherCount", n.other().length);
    if (vectors) {
      m.put("other", n.other());
    }
    return m;
  }

  /** {@code {"absolute":..,"relative":..,"statedBound":..,"ratio":..}}. */
  public static Map<String, Object> error(EstimatorError e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("absolute", e.absolute());
    m.put("relative", e.relative());
    m.put("statedBound", e.statedBound());
    m.put("ratio", finite(e.ratio()));
    return m;
  }

  /** A Lanczos run, with its error against {@code exact} if that is not null. */
  public static Map<String, Object> lanczos(LanczosResult r, Spectrum exact, boolean vectors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("values", r.values());
    m.put("residuals", r.residuals());
    m.put("steps", r.steps());
    m.put("restarts", r.restarts());
    m.put("converged", r.converged());
    if (vectors) {
      m.put("vectors", r.vectors());
    }
    if (exact != null) {
      m.put("errorVsDense", error(r.errorAgainst(exact)));
    }
    return m;
  }

  /** An SLQ density on its grid with standard errors, and its error against {@code exact}. */
  public static Map<String, Object> density(DensityEstimate d, Spectrum exact) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("probes", d.probes());
    m.put("sigma", d.sigma());
    m.put("grid", d.grid());
    m.put("density", d.density());
    m.put("standardError", d.standardError());
    double[] m1 = d.moment(1);
    m.put("traceOverP", m1[0]);
    m.put("traceOverPStandardError", m1[1]);
    if (exact != null) {
      m.put("exactDensity", d.exactDensity(exact.eigenvalues()));
      m.put("errorVsDense", error(d.errorAgainst(exact)));
      m.put("maxStandardizedError", d.maxStandardizedError(exact));
    }
    return m;
  }

  /** A Hutchinson trace with its error against the exact trace of {@code exact}. */
  public static Map<String, Object> trace(TraceEstimate t, Spectrum exact) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimate", t.estimate());
    m.put("standardError", t.standardError());
    m.put("probes", t.probes());
    if (exact != null) {
      m.put("exact", exact.trace());
      m.put("errorVsDense", error(t.errorAgainst(exact)));
    }
    return m;
  }

  /** The Gauss&ndash;Newton split with the tangent-kernel comparison. */
  public static Map<String, Object> gaussNewton(GaussNewtonSplit g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gaussNewton", spectrum(g.gaussNewton(), false));
    m.put("residualTerm", spectrum(g.residual(), false));
    m.put("tangentKernel", spectrum(g.kernel(), false));
    m.put("rankJ", g.rankJ());
    m.put("residualTermMax", g.residualNorm());
    m.put("gaussNewtonVsKernel", g.kernelMismatch());
    m.put("hessianVsKernel", g.hessianKernelMismatch());
    return m;
  }

  /** {@code x} itself, or null if it is not finite. */
  static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }

  /** A copy of {@code a} with non-finite entries replaced by null. */
  static Double[] finite(double[] a) {
    Double[] out = new Double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = finite(a[i]);
    }
    return out;
  }
}
