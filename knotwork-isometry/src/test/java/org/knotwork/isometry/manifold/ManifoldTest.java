package org.knotwork.isometry.manifold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.net.Haar;

/**
 * Notes' check 10 (manifold steps) and check 11 (Brockett / PCA on St(20, 3)), exact invariants.
 */
class ManifoldTest {

  static double[] gaussian(int n, Rng r) {
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = r.gaussian();
    }
    return g;
  }

  /** &Vert;W<sup>T</sup>W &minus; I&Vert;<sub>F</sub>. */
  static double defect(double[] w, int rows, int cols) {
    double s = 0;
    for (int a = 0; a < cols; a++) {
      for (int b = 0; b < cols; b++) {
        double d = 0;
        for (int i = 0; i < rows; i++) {
          d += w[i * cols + a] * w[i * cols + b];
        }
        d -= a == b ? 1 : 0;
        s += d * d;
      }
    }
    return Math.sqrt(s);
  }

  /** &Vert;W<sup>T</sup>&xi; + &xi;<sup>T</sup>W&Vert;<sub>F</sub>. */
  static double tangencyDefect(double[] w, double[] xi, int rows, int cols) {
    double s = 0;
    for (int a = 0; a < cols; a++) {
      for (int b = 0; b < cols; b++) {
        double d = 0;
        for (int i = 0; i < rows; i++) {
          d += w[i * cols + a] * xi[i * cols + b] + xi[i * cols + a] * w[i * cols + b];
        }
        s += d * d;
      }
    }
    return Math.sqrt(s);
  }

  @Test
  void stiefelStepsStayOnTheManifold() {
    int[][] shapes = {{16, 16}, {20, 5}};
    for (int[] sh : shapes) {
      for (Stiefel.Retraction ret : Stiefel.Retraction.values()) {
        Stiefel st = new Stiefel(sh[0], sh[1], ret);
        Rng r = Rng.of(sh[0] * 100 + ret.ordinal(), "steps");
        double[] w = Haar.sample(sh[0], sh[1], r.split("start"));
        for (int k = 0; k < 100; k++) {
          double[] xi = st.project(w, gaussian(w.length, r));
          assertThat(tangencyDefect(w, xi, sh[0], sh[1])).as("%s %s step %d", ret, sh[0], k).isLessThan(1e-12);
          for (int i = 0; i < xi.length; i++) {
            xi[i] *= -0.1;
          }
          w = st.retract(w, xi);
          assertThat(defect(w, sh[0], sh[1])).as("%s %dx%d step %d", ret, sh[0], sh[1], k).isLessThan(1e-10);
        }
      }
    }
  }

  @Test
  void retractionsAgreeWithTheStraightLineToSecondOrder() {
    int rows = 20;
    int cols = 5;
    for (Stiefel.Retraction ret : Stiefel.Retraction.values()) {
      Stiefel st = new Stiefel(rows, cols, ret);
      Rng r = Rng.of(ret.ordinal(), "second-order");
      double[] w = Haar.sample(rows, cols, r.split("w"));
      double[] xi = st.project(w, gaussian(w.length, r));
      double lo = Double.POSITIVE_INFINITY;
      double hi = 0;
      for (double t : new double[] {1e-2, 1e-3, 1e-4}) {
        double[] txi = xi.clone();
        for (int i = 0; i < txi.length; i++) {
          txi[i] *= t;
        }
        double[] rw = st.retract(w, txi);
        double s = 0;
        for (int i = 0; i < rw.length; i++) {
          double d = rw[i] - w[i] - txi[i];
          s += d * d;
        }
        double ratio = Math.sqrt(s) / (t * t);
        lo = Math.min(lo, ratio);
        hi = Math.max(hi, ratio);
      }
      assertThat(lo).as("%s", ret).isGreaterThan(0);
      assertThat(hi / lo).as("%s: |R(t xi) - W - t xi| / t^2 from %g to %g", ret, lo, hi).isLessThan(2);
    }
  }

  @Test
  void obliqueStepsKeepUnitColumns() {
    Oblique ob = new Oblique(20, 5);
    Rng r = Rng.of(3, "oblique");
    double[] w = ob.retract(gaussian(100, r), new double[100]);
    for (int k = 0; k < 100; k++) {
      double[] g = gaussian(100, r);
      ob.penalty(w, 0.3, g);
      w = RiemannianAdam.sgd(ob, w, g, 0.1);
      for (int j = 0; j < 5; j++) {
        double s = 0;
        for (int i = 0; i < 20; i++) {
          s += w[i * 5 + j] * w[i * 5 + j];
        }
        assertThat(Math.abs(Math.sqrt(s) - 1)).isLessThan(1e-12);
      }
    }
  }

  @Test
  void obliquePenaltyGradientMatchesCentralDifferences() {
    Oblique ob = new Oblique(6, 3);
    double[] w = gaussian(18, Rng.of(4, "pen"));
    double[] g = new double[18];
    ob.penalty(w, 0.7, g);
    for (int i = 0; i < 18; i++) {
      double[] p = w.clone();
      double[] q = w.clone();
      p[i] += 1e-6;
      q[i] -= 1e-6;
      double fd = (ob.penalty(p, 0.7, null) - ob.penalty(q, 0.7, null)) / 2e-6;
      assertThat(Math.abs(fd - g[i])).isLessThan(1e-6 * Math.max(1, Math.abs(g[i])));
    }
  }

  /** The textbook Adam (Kingma and Ba; PyTorch's order of operations), written independently. */
  static double[] adamReference(double[] w0, double[][] grads, double lr, double b1, double b2, double eps) {
    double[] w = w0.clone();
    double[] m = new double[w.length];
    double[] v = new double[w.length];
    for (int t = 1; t <= grads.length; t++) {
      double[] g = grads[t - 1];
      double bc1 = 1 - Math.pow(b1, t);
      double bc2 = 1 - Math.pow(b2, t);
      for (int i = 0; i < w.length; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        double denom = Math.sqrt(v[i]) / Math.sqrt(bc2) + eps;
        w[i] = w[i] - (lr / bc1) * (m[i] / denom);
      }
    }
    return w;
  }

  @Test
  void riemannianAdamOnEuclideanSpaceIsAdamBitForBit() {
    Rng r = Rng.of(5, "adam");
    double[] w0 = gaussian(30, r);
    double[][] grads = new double[100][];
    for (int k = 0; k < 100; k++) {
      grads[k] = gaussian(30, r);
    }
    RiemannianAdam adam = new RiemannianAdam(Manifold.euclidean(6, 5), 1e-2, 0.9, 0.999, 1e-8);
    double[] w = w0;
    for (double[] g : grads) {
      w = adam.step(w, g);
    }
    double[] ref = adamReference(w0, grads, 1e-2, 0.9, 0.999, 1e-8);
    for (int i = 0; i < w.length; i++) {
      assertThat(Double.doubleToRawLongBits(w[i])).isEqualTo(Double.doubleToRawLongBits(ref[i]));
    }
  }

  @Test
  void riemannianAdamOnStiefelStaysOrthonormal() {
    Stiefel st = new Stiefel(16, 16, Stiefel.Retraction.CAYLEY);
    Rng r = Rng.of(6, "radam");
    double[] w = Haar.sample(16, 16, r.split("w"));
    RiemannianAdam adam = new RiemannianAdam(st, 1e-2, 0.9, 0.999, 1e-8);
    for (int k = 0; k < 100; k++) {
      w = adam.step(w, gaussian(w.length, r));
      assertThat(defect(w, 16, 16)).isLessThan(1e-10);
    }
  }

  /**
   * Check 11: Riemannian gradient ascent of tr(W<sup>T</sup>AW) on St(20, 3), A = U diag(20..1) U<sup>T</sup>,
   * &eta; = 0.01, QR retraction, at most 5000 steps until &Vert;grad&Vert; &lt; 1e-10: W spans the top three
   * eigenvectors (&Vert;WW<sup>T</sup> &minus; U<sub>3</sub>U<sub>3</sub><sup>T</sup>&Vert;<sub>F</sub> &lt; 1e-8) and
   * the objective is 20 + 19 + 18 = 57 to 1e-10.
   */
  @Test
  void brockettAscentFindsTheTopEigenspace() {
    int n = 20;
    int p = 3;
    Rng r = Rng.of(7, "brockett");
    double[] u = Haar.sample(n, n, r.split("u"));
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += u[i * n + k] * (n - k) * u[j * n + k];
        }
        a[i * n + j] = s;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double s = 0.5 * (a[i * n + j] + a[j * n + i]);
        a[i * n + j] = s;
        a[j * n + i] = s;
      }
    }
    Stiefel st = new Stiefel(n, p, Stiefel.Retraction.QR);
    double[] w = Haar.sample(n, p, r.split("start"));
    int steps = 0;
    double gradNorm = Double.POSITIVE_INFINITY;
    while (steps < 5000) {
      double[] eg = new double[n * p];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < p; c++) {
          double s = 0;
          for (int k = 0; k < n; k++) {
            s += a[i * n + k] * w[k * p + c];
          }
          eg[i * p + c] = -2 * s;
        }
      }
      double[] rg = st.project(w, eg);
      double gn = 0;
      for (double x : rg) {
        gn += x * x;
      }
      gradNorm = Math.sqrt(gn);
      if (gradNorm < 1e-10) {
        break;
      }
      w = RiemannianAdam.sgd(st, w, eg, 0.01);
      steps++;
    }
    assertThat(gradNorm).as("gradient norm after %d steps", steps).isLessThan(1e-10);
    double obj = 0;
    double proj = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double ww = 0;
        double uu = 0;
        for (int c = 0; c < p; c++) {
          ww += w[i * p + c] * w[j * p + c];
          uu += u[i * n + c] * u[j * n + c];
        }
        proj += (ww - uu) * (ww - uu);
        obj += ww * a[j * n + i];
      }
    }
    assertThat(Math.sqrt(proj)).isLessThan(1e-8);
    assertThat(Math.abs(obj - 57)).isLessThan(1e-10);
  }
}
