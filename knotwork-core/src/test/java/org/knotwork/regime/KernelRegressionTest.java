package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.common.random.Rng;

class KernelRegressionTest {

  /** The closed form at time t against RK4 integration of the linearised flow on train and query. */
  @Test
  void closedFormMatchesIntegratedLinearFlow() {
    Dataset d = Dataset.wiggly8();
    ReluKernel k = new ReluKernel(Parameterization.NTK, 1.0, 1.0, 1.0, 0.1, 1);
    DoubleBinaryOperator ker = k::ntk;
    double w = 1.0 / d.size();
    KernelRegression kr = new KernelRegression(ker, d, w);
    double[] q = {-0.9, -0.2, 0.33, 1.5};
    Rng rng = Rng.of(1, "f0");
    double[] f0x = new double[8];
    double[] f0q = new double[q.length];
    for (int i = 0; i < 8; i++) {
      f0x[i] = 0.1 * rng.gaussian();
    }
    for (int i = 0; i < q.length; i++) {
      f0q[i] = 0.1 * rng.gaussian();
    }
    double t = 7.0;
    double[] closed = kr.predict(q, t, d.y(), f0x, f0q);
    double[] closedTrain = kr.predict(d.x(), t, d.y(), f0x, f0x);
    // integrate u = (f(X), f(q)): du/dt = -w Θ([X;q], X) (f(X) - y)
    int n = 8;
    int m = q.length;
    double[][] kxx = k.ntkGram(d.x(), d.x());
    double[][] kqx = k.ntkGram(q, d.x());
    double[] u = new double[n + m];
    System.arraycopy(f0x, 0, u, 0, n);
    System.arraycopy(f0q, 0, u, n, m);
    int steps = 20000;
    double dt = t / steps;
    for (int s = 0; s < steps; s++) {
      double[] k1 = rhs(u, kxx, kqx, d.y(), w);
      double[] k2 = rhs(axpy(u, k1, dt / 2), kxx, kqx, d.y(), w);
      double[] k3 = rhs(axpy(u, k2, dt / 2), kxx, kqx, d.y(), w);
      double[] k4 = rhs(axpy(u, k3, dt), kxx, kqx, d.y(), w);
      for (int i = 0; i < u.length; i++) {
        u[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      assertThat(closedTrain[i]).isCloseTo(u[i], within(1e-9));
    }
    for (int i = 0; i < m; i++) {
      assertThat(closed[i]).isCloseTo(u[n + i], within(1e-9));
    }
  }

  @Test
  void limitsAtZeroAndInfinity() {
    Dataset d = Dataset.wiggly8();
    ReluKernel k = new ReluKernel(Parameterization.STANDARD, 1.0, 1.0, 1.0, 1.0, 50);
    KernelRegression kr = new KernelRegression(k::ntk, d, 1.0 / 8);
    double[] atInf = kr.predictMean(d.x(), Double.POSITIVE_INFINITY, d.y());
    assertThat(atInf).containsExactly(d.y(), within(1e-9)); // interpolates
    double[] atZero = kr.predictMean(new double[] {0.3, 2}, 0.0, d.y());
    assertThat(atZero).containsExactly(new double[] {0, 0}, within(0.0));
    assertThat(kr.gramEigenvalues()[0]).isGreaterThan(0);
  }

  private static double[] rhs(double[] u, double[][] kxx, double[][] kqx, double[] y, double w) {
    int n = kxx.length;
    double[] out = new double[u.length];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i] -= w * kxx[i][j] * (u[j] - y[j]);
      }
    }
    for (int i = 0; i < kqx.length; i++) {
      for (int j = 0; j < n; j++) {
        out[n + i] -= w * kqx[i][j] * (u[j] - y[j]);
      }
    }
    return out;
  }

  private static double[] axpy(double[] u, double[] k, double a) {
    double[] out = u.clone();
    for (int i = 0; i < u.length; i++) {
      out[i] += a * k[i];
    }
    return out;
  }
}
