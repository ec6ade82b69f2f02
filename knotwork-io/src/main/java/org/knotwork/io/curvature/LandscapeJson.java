package org.knotwork.io.curvature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.io.NetJson;
import org.knotwork.landscape.Atlas;
import org.knotwork.landscape.AtlasEntry;
import org.knotwork.landscape.AtlasRun;
import org.knotwork.landscape.CriticalPointReport;
import org.knotwork.landscape.EscapeDirection;
import org.knotwork.landscape.KnotAtData;
import org.knotwork.landscape.NeuronReport;
import org.knotwork.landscape.SilentSaddle;
import org.knotwork.landscape.Slice1D;
import org.knotwork.landscape.Slice2D;
import org.knotwork.landscape.TrajectoryPlane;
import org.knotwork.net.NetworkParams;

/** JSON-ready maps of the landscape results (classification, saddles, atlas, slices). */
public final class LandscapeJson {
  private LandscapeJson() {}

  /** A classified point: type, gradient, neurons with moments, contacts, inertia, escapes. */
  public static Map<String, Object> report(CriticalPointReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", r.type().name());
    m.put("loss", r.loss());
    m.put("gradientNorm", r.gradientNorm());
    m.put("residualMass", r.residualMass());
    List<Map<String, Object>> neurons = new ArrayList<>();
    for (NeuronReport n : r.neurons()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("neuron", n.index());
      e.put("state", n.state().name());
      e.put("orientation", n.orientation());
      e.put("beta", CurvatureJson.finite(n.beta()));
      e.put("mu", n.mu());
      e.put("S", n.s());
      e.put("X", n.x());
      e.put("D", CurvatureJson.finite(n.d()));
      e.put("activeCount", n.activeCount());
      neurons.add(e);
    }
    m.put("neurons", neurons);
    List<Map<String, Object>> contacts = new ArrayList<>();
    for (KnotAtData k : r.contacts()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("neuron", k.neuron());
      e.put("dataIndex", k.dataIndex());
      e.put("x", k.x());
      e.put("distance", k.distance());
      e.put("leftDerivative", k.leftDerivative());
      e.put("rightDerivative", k.rightDerivative());
      e.put("trapped", k.trapped());
      contacts.add(e);
    }
    m.put("contacts", contacts);
    Map<String, Object> spline = new LinkedHashMap<>();
    spline.put("eigenvalues", r.spline().eigenvalues());
    spline.put("inertia", CurvatureJson.inertia(r.spline().inertia()));
    spline.put("tolerance", r.spline().tolerance());
    m.put("splineHessian", spline);
    if (r.network() != null) {
      Map<String, Object> nn = new LinkedHashMap<>();
      nn.put("eigenvalues", r.network().eigenvalues());
      nn.put("inertia", CurvatureJson.inertia(r.network().inertia()));
      nn.put("tolerance", r.network().tolerance());
      m.put("networkHessian", nn);
    }
    List<Map<String, Object>> escapes = new ArrayList<>();
    for (EscapeDirection e : r.escapes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("neuron", e.neuron());
      x.put("curvature", e.curvature());
      x.put("direction", e.direction());
      escapes.add(x);
    }
    m.put("escapes", escapes);
    m.put("hessianAgrees", r.hessianAgrees());
    Map<String, Object> tol = new LinkedHashMap<>();
    tol.put("gradient", r.tolerances().gradient());
    tol.put("moment", r.tolerances().moment());
    tol.put("silent", r.tolerances().silent());
    tol.put("contact", r.tolerances().contact());
    m.put("tolerances", tol);
    return m;
  }

  /** The silent-neuron saddles: orientation, knot, S, ramp and predicted curvature of each. */
  public static List<Map<String, Object>> saddles(List<SilentSaddle> saddles) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SilentSaddle s : saddles) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("orientation", s.orientation());
      m.put("beta", s.beta());
      m.put("S", s.residualMass());
      m.put("ramp", s.ramp());
      m.put("curvature", s.curvature());
      out.add(m);
    }
    return out;
  }

  /** The atlas: entries (with representative networks) and one line per run. */
  public static Map<String, Object> atlas(Atlas a) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (AtlasEntry e : a.entries()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("type", e.type().name());
      x.put("loss", e.loss());
      x.put("count", e.count());
      x.put("seeds", e.seeds());
      x.put("knotsInHull", e.knotsInHull());
      x.put("inertia", CurvatureJson.inertia(e.inertia()));
      x.put("net", net(e.representative()));
      entries.add(x);
    }
    m.put("entries", entries);
    List<Map<String, Object>> runs = new ArrayList<>();
    for (AtlasRun r : a.runs()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("seed", r.seed());
      x.put("steps", r.steps());
      x.put("diverged", r.diverged());
      x.put("polished", r.polished());
      x.put("type", r.report().type().name());
      x.put("loss", r.report().loss());
      x.put("gradientNorm", r.report().gradientNorm());
      runs.add(x);
    }
    m.put("runs", runs);
    return m;
  }

  /** {@code {"t":[..],"loss":[..]}}. */
  public static Map<String, Object> slice(Slice1D s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("t", s.t());
    m.put("loss", s.loss());
    return m;
  }

  /** {@code {"s":[..],"t":[..],"loss":[[..]]}} with loss[i][j] at (s[i], t[j]). */
  public static Map<String, Object> slice(Slice2D s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", s.s());
    m.put("t", s.t());
    m.put("loss", s.loss());
    return m;
  }

  /** The PCA plane, its loss grid, and the path on it (coordinates, loss, distance off the plane). */
  public static Map<String, Object> trajectory(TrajectoryPlane p, Slice2D grid, double[] pathLoss) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("plane", slice(grid));
    double[][] c = p.coordinates();
    double[] s = new double[c.length];
    double[] t = new double[c.length];
    for (int k = 0; k < c.length; k++) {
      s[k] = c[k][0];
      t[k] = c[k][1];
    }
    Map<String, Object> path = new LinkedHashMap<>();
    path.put("s", s);
    path.put("t", t);
    path.put("loss", pathLoss);
    path.put("offPlane", p.offPlane());
    m.put("path", path);
    m.put("explained", p.explained());
    m.put("reference", p.reference());
    m.put("d1", p.d1());
    m.put("d2", p.d2());
    return m;
  }

  private static Map<String, Object> net(NetworkParams p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("w", p.w());
    m.put("b", p.b());
    m.put("v", p.v());
    m.put("c", p.c());
    m.put("spline", NetJson.splineMap(p.toSpline()));
    return m;
  }
}
