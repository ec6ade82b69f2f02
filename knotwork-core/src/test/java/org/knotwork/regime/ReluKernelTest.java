package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.common.random.Rng;

/**
 * The analytic kernels equal Monte Carlo averages of the empirical kernels of random finite networks
 * (the neural-tangents test pattern), within 4 standard errors.
 */
class ReluKernelTest {

  @ParameterizedTest
  @EnumSource(Parameterization.class)
  void analyticKernelsMatchMonteCarlo(Parameterization p) {
    int h = 8;
    ReluKernel k = new ReluKernel(p, 1.3, 0.7, 1.1, 0.4, h);
    double[][] pairs = {{0.3, -0.8}, {1.5, 1.2}, {-2, 0.1}, {0, 0}, {0.9, 0.9}};
    int draws = 40_000;
    Rng rng = Rng.of(11, "kernel-mc");
    double[][] ntk = new double[pairs.length][draws];
    double[][] nngp = new double[pairs.length][draws];
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int m = 0; m < draws; m++) {
      double c;
      for (int i = 0; i < h; i++) {
        if (p == Parameterization.STANDARD) {
          w[i] = 1.3 * rng.gaussian();
          b[i] = 0.7 * rng.gaussian();
          v[i] = 1.1 / Math.sqrt(h) * rng.gaussian();
        } else {
          w[i] = rng.gaussian();
          b[i] = rng.gaussian();
          v[i] = rng.gaussian();
        }
      }
      c = rng.gaussian() * (p == Parameterization.STANDARD ? 0.4 : 1.0);
      for (int q = 0; q < pairs.length; q++) {
        double x = pairs[q][0];
        double y = pairs[q][1];
        double fx = p == Parameterization.STANDARD ? c : 0.4 * c;
        double fy = fx;
        double theta = p == Parameterization.STANDARD ? 1.0 : 0.4 * 0.4;
        for (int i = 0; i < h; i++) {
          double zx;
          double zy;
          double gv;
          if (p == Parameterization.STANDARD) {
            zx = w[i] * x + b[i];
            zy = w[i] * y + b[i];
            double ax = zx > 0 ? 1 : 0;
            double ay = zy > 0 ? 1 : 0;
            fx += v[i] * Math.max(zx, 0);
            fy += v[i] * Math.max(zy, 0);
            // d/dv, d/dw, d/db
            theta += Math.max(zx, 0) * Math.max(zy, 0) + v[i] * v[i] * ax * ay * (x * y + 1);
          } else {
            double s = 1.1 / Math.sqrt(h);
            zx = 1.3 * w[i] * x + 0.7 * b[i];
            zy = 1.3 * w[i] * y + 0.7 * b[i];
            double ax = zx > 0 ? 1 : 0;
            double ay = zy > 0 ? 1 : 0;
            fx += s * v[i] * Math.max(zx, 0);
            fy += s * v[i] * Math.max(zy, 0);
            gv = s * s * Math.max(zx, 0) * Math.max(zy, 0);
            theta += gv + s * s * v[i] * v[i] * ax * ay * (1.3 * 1.3 * x * y + 0.7 * 0.7);
          }
        }
        ntk[q][m] = theta;
        nngp[q][m] = fx * fy;
      }
    }
    for (int q = 0; q < pairs.length; q++) {
      double x = pairs[q][0];
      double y = pairs[q][1];
      assertWithinStandardErrors(ntk[q], k.ntk(x, y), "ntk " + q);
      assertWithinStandardErrors(nngp[q], k.nngp(x, y), "nngp " + q);
    }
  }

  static void assertWithinStandardErrors(double[] samples, double expected, String what) {
    double mean = 0;
    for (double s : samples) {
      mean += s;
    }
    mean /= samples.length;
    double var = 0;
    for (double s : samples) {
      var += (s - mean) * (s - mean);
    }
    double se = Math.sqrt(var / (samples.length - 1) / samples.length);
    assertThat(mean).as(what).isCloseTo(expected, within(4 * se + 1e-12));
  }
}
