package org.knotwork.isometry.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.net.Activation;
import org.knotwork.isometry.net.Initialization;
import org.knotwork.isometry.net.MeanField;
import org.knotwork.isometry.net.Network;
import org.knotwork.isometry.net.ProbeInputs;

/**
 * Notes' statistical checks 5 (finite-width lengths) and 7 (orthogonal vs Gaussian Jacobians), as
 * bounds that must hold in every one of three seeds, never per-seed values. The notes' setting (N =
 * 200, L = 64 hidden layers) is tagged slow (about a minute on a loaded core; run with
 * {@code -Dknotwork.excludedGroups=}); the default suite runs the per-seed bounds at N = 100, L = 32,
 * where the ordering of the orthogonal means over q* does not hold (1/2 above 8: a finding, so it is
 * asserted only in the notes' setting). The Jacobian is &part;h<sup>L</sup>/&part;h<sup>1</sup> at one
 * rescaled random input per net.
 */
class FiniteWidthTest {
  static final double[] QS = {1.0 / 64, 0.5, 8};

  static int[] widths(int n, int l) {
    int[] w = new int[l + 2];
    java.util.Arrays.fill(w, n);
    w[l + 1] = 10;
    return w;
  }

  static Network net(Initialization.Scheme scheme, double q, long seed, int n, int l) {
    MeanField.Critical c = MeanField.of(Activation.TANH).critical(q);
    return Initialization.critical(Activation.TANH, widths(n, l), scheme, c, Rng.of(seed, "net-" + q));
  }

  @Test
  void smallSetting() {
    checks(100, 32, false);
  }

  @Test
  @Tag("slow")
  void notesSetting() {
    checks(200, 64, true);
  }

  static void checks(int n, int l, boolean ordering) {
    double[] mean = new double[QS.length];
    for (long seed = 0; seed < 3; seed++) {
      double gauss = sMax(net(Initialization.Scheme.GAUSSIAN, QS[0], seed, n, l), QS[0], seed, n);
      for (int k = 0; k < QS.length; k++) {
        Network net = net(Initialization.Scheme.ORTHOGONAL, QS[k], seed, n, l);
        lastLayerLengthStaysNearTheFixedPoint(net, QS[k], seed, n, l);
        double s = sMax(net, QS[k], seed, n);
        mean[k] += s / 3;
        if (k == 0) {
          assertThat(s).as("seed %d: orthogonal %g vs Gaussian %g", seed, s, gauss).isLessThan(gauss / 3);
        }
      }
    }
    assertThat(mean[0]).isLessThan(mean[1]);
    if (ordering) {
      assertThat(mean[1]).isLessThan(mean[2]);
    }
    System.out.printf("check 7 (N = %d, L = %d): orthogonal mean s_max at q* = 1/64, 1/2, 8: %.3f %.3f %.3f%n",
        n, l, mean[0], mean[1], mean[2]);
  }

  /** Check 5: the mean of (h^L)^2 over units and 64 inputs within 10% of q* in every seed. */
  static void lastLayerLengthStaysNearTheFixedPoint(Network net, double q, long seed, int n, int l) {
    MeanField.Critical c = MeanField.of(Activation.TANH).critical(q);
    double[][] x = ProbeInputs.gaussian(64, n, c.inputMeanSquare(), Rng.of(seed, "x"));
    double s = 0;
    for (double[] xi : x) {
      double[] h = net.forward(xi).preActivations()[l - 1];
      for (double v : h) {
        s += v * v;
      }
    }
    double mean = s / (64.0 * n);
    assertThat(Math.abs(mean / q - 1)).as("seed %d q* %g mean h^2 %g", seed, q, mean).isLessThan(0.10);
  }

  static double sMax(Network net, double q, long seed, int n) {
    MeanField.Critical c = MeanField.of(Activation.TANH).critical(q);
    double[] x = ProbeInputs.gaussian(1, n, c.inputMeanSquare(), Rng.of(seed, "jx"))[0];
    return Jacobians.singularValues(Jacobians.hidden(net, net.forward(x)))[0];
  }
}
