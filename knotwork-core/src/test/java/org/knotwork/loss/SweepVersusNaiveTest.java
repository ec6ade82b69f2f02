package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;
import org.knotwork.testing.RandomProblems;

/**
 * The production path equals the O(N&middot;H) reference on problems of many shapes, entrywise to 1e-10
 * of the rounding-error scale of each quantity (the same sum with absolute values of every term).
 */
class SweepVersusNaiveTest {
  static final double TOL = 1e-10;

  static List<Arguments> shapes() {
    List<Arguments> out = new ArrayList<>();
    String[] kinds = {"generic", "duplicateX", "knotsAllLeft", "knotsAllRight", "deadNeurons",
        "wideNet", "manyPoints", "zeroWeights", "farKnots", "shiftedData", "onePoint"};
    for (String kind : kinds) {
      for (int seed = 0; seed < 4; seed++) {
        out.add(Arguments.of(kind, seed));
      }
    }
    return out;
  }

  static Object[] build(String kind, int seed) {
    Rng rng = Rng.of(seed, "sweep/" + kind);
    int h = 5;
    int n = 20;
    double lo = -1;
    double hi = 1;
    double spread = 1.5;
    double zeroW = 0.0;
    switch (kind) {
      case "wideNet" -> {
        h = 300;
        n = 7;
      }
      case "manyPoints" -> {
        h = 3;
        n = 400;
      }
      case "zeroWeights" -> zeroW = 0.5;
      case "farKnots" -> spread = 1e3;
      case "shiftedData" -> {
        lo = 1e3;
        hi = 1e3 + 2;
      }
      case "onePoint" -> n = 1;
      default -> { }
    }
    Dataset d = RandomProblems.data(rng, n, lo, hi);
    if (kind.equals("duplicateX")) {
      double[] x = d.x();
      for (int k = 1; k < x.length; k += 2) {
        x[k] = x[k - 1];
      }
      d = new Dataset(x, d.y());
    }
    NetworkParams net = RandomProblems.network(rng, h, spread, zeroW);
    double[] w = net.w();
    double[] b = net.b();
    for (int i = 0; i < h; i++) {
      double beta = switch (kind) {
        case "knotsAllLeft" -> lo - 0.1 - rng.uniform();
        case "knotsAllRight" -> hi + 0.1 + rng.uniform();
        case "deadNeurons" -> i % 2 == 0 ? lo - 0.5 : hi + 0.5;
        case "shiftedData" -> rng.uniform(lo - 0.5, hi + 0.5);
        default -> Double.NaN;
      };
      if (!Double.isNaN(beta) && w[i] != 0) {
        if (kind.equals("deadNeurons")) {
          w[i] = Math.abs(w[i]) * (i % 2 == 0 ? -1 : 1); // facing away from the data
        }
        b[i] = -w[i] * beta;
      }
    }
    net = new NetworkParams(w, b, net.v(), net.c());
    return new Object[] {net, d};
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("shapes")
  void networkCoordinates(String kind, int seed) {
    Object[] pr = build(kind, seed);
    NetworkParams net = (NetworkParams) pr[0];
    Dataset d = (Dataset) pr[1];
    SweepLoss fast = SweepLoss.of(d);
    NaiveLoss ref = new NaiveLoss(d, LossNormalization.MEAN);
    double[][] jac = ref.jacobian(net);
    double[] f = ref.predict(net);
    double[] r = f.clone();
    double[] fScale = new double[d.size()];
    for (int n = 0; n < r.length; n++) {
      r[n] -= d.y(n);
      fScale[n] = Math.abs(net.c());
      for (int i = 0; i < net.width(); i++) {
        fScale[n] += Math.abs(net.v(i)) * Math.abs(net.w(i) * d.x(n) + net.b(i));
      }
    }
    assertThat(RandomProblems.scaledErr(fast.predict(net), f, fScale)).isLessThan(TOL);
    double w = 1.0 / d.size();
    assertThat(Math.abs(fast.loss(net) - ref.loss(net)))
        .isLessThan(TOL * 0.5 * w * dot(r, r) + TOL * w * dotAbs(r, fScale));
    double[] rScale = new double[r.length];
    for (int n = 0; n < r.length; n++) {
      rScale[n] = Math.abs(r[n]) + fScale[n] + Math.abs(d.y(n));
    }
    assertThat(RandomProblems.scaledErr(fast.gradient(net), ref.gradient(net),
        absTransposeTimes(jac, rScale, w))).isLessThan(TOL);
    assertHessianClose(fast.hessian(net), ref.hessian(net), jac, rScale, d, w);
    // Hessian-vector product against the dense reference
    double[] u = new double[jac[0].length];
    Rng rng = Rng.of(seed, "u");
    for (int k = 0; k < u.length; k++) {
      u[k] = rng.gaussian();
    }
    double[] hu = fast.hessianOperator(net).apply(u);
    double[] ref2 = times(ref.hessian(net), u);
    double[][] absH = absHessianScale(jac, rScale, d, w);
    double[] huScale = times(absH, abs(u));
    assertThat(RandomProblems.scaledErr(hu, ref2, huScale)).isLessThan(TOL);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("shapes")
  void splineCoordinates(String kind, int seed) {
    Object[] pr = build(kind, seed);
    SplineParams sp = ((NetworkParams) pr[0]).toSpline();
    Dataset d = (Dataset) pr[1];
    SweepLoss fast = SweepLoss.of(d);
    NaiveLoss ref = new NaiveLoss(d, LossNormalization.MEAN);
    double[][] jac = ref.jacobian(sp);
    double[] f = ref.predict(sp);
    double[] fScale = new double[d.size()];
    double[] rScale = new double[d.size()];
    for (int n = 0; n < f.length; n++) {
      fScale[n] = Math.abs(sp.c());
      for (int i = 0; i < sp.width(); i++) {
        if (sp.orientation(i) != 0) {
          fScale[n] += Math.abs(sp.mu(i)) * Math.abs(d.x(n) - sp.beta(i));
        }
      }
      rScale[n] = Math.abs(f[n] - d.y(n)) + fScale[n] + Math.abs(d.y(n));
    }
    double w = 1.0 / d.size();
    assertThat(RandomProblems.scaledErr(fast.predict(sp), f, fScale)).isLessThan(TOL);
    assertThat(RandomProblems.scaledErr(fast.gradient(sp), ref.gradient(sp),
        absTransposeTimes(jac, rScale, w))).isLessThan(TOL);
    assertHessianClose(fast.hessian(sp), ref.hessian(sp), jac, rScale, d, w);
    double[] u = new double[jac[0].length];
    Rng rng = Rng.of(seed, "u");
    for (int k = 0; k < u.length; k++) {
      u[k] = rng.gaussian();
    }
    double[] hu = fast.hessianOperator(sp).apply(u);
    double[] huScale = times(absHessianScale(jac, rScale, d, w), abs(u));
    assertThat(RandomProblems.scaledErr(hu, times(ref.hessian(sp), u), huScale)).isLessThan(TOL);
  }

  /** Entrywise: |J|ᵀ|J| + (|x|+1)&middot;|r| on the residual entries, all times w. */
  static double[][] absHessianScale(double[][] jac, double[] rScale, Dataset d, double w) {
    int dim = jac[0].length;
    double[][] s = new double[dim][dim];
    double rx = 0;
    for (int n = 0; n < jac.length; n++) {
      rx += rScale[n] * (1 + Math.abs(d.x(n)));
      for (int k = 0; k < dim; k++) {
        for (int l = 0; l < dim; l++) {
          s[k][l] += w * Math.abs(jac[n][k]) * Math.abs(jac[n][l]);
        }
      }
    }
    for (int k = 0; k < dim; k++) {
      for (int l = 0; l < dim; l++) {
        s[k][l] += w * rx; // bounds every residual-curvature entry
      }
    }
    return s;
  }

  static void assertHessianClose(double[][] fast, double[][] ref, double[][] jac,
      double[] rScale, Dataset d, double w) {
    double[][] s = absHessianScale(jac, rScale, d, w);
    double worst = 0;
    for (int k = 0; k < ref.length; k++) {
      worst = Math.max(worst, RandomProblems.scaledErr(fast[k], ref[k], s[k]));
      for (int l = 0; l < ref.length; l++) {
        assertThat(fast[k][l]).isEqualTo(fast[l][k]);
      }
    }
    assertThat(worst).isLessThan(TOL);
  }

  static double[] absTransposeTimes(double[][] jac, double[] r, double w) {
    double[] g = new double[jac[0].length];
    for (int n = 0; n < jac.length; n++) {
      for (int k = 0; k < g.length; k++) {
        g[k] += w * Math.abs(jac[n][k]) * Math.abs(r[n]);
      }
    }
    return g;
  }

  static double[] times(double[][] a, double[] u) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < u.length; j++) {
        out[i] += a[i][j] * u[j];
      }
    }
    return out;
  }

  static double[] abs(double[] u) {
    double[] out = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      out[i] = Math.abs(u[i]);
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double dotAbs(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += Math.abs(a[i]) * Math.abs(b[i]);
    }
    return s;
  }
}
