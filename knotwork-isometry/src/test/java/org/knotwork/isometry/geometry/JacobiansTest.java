package org.knotwork.isometry.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.net.Activation;
import org.knotwork.isometry.net.Initialization;
import org.knotwork.isometry.net.MeanField;
import org.knotwork.isometry.net.Network;

/** The hidden Jacobian (I8) against central differences, and exact isometry of linear orthogonal nets. */
class JacobiansTest {

  /** h^L as a function of h^1 (the layers above the first, applied by hand). */
  static double[] top(Network net, double[] h1) {
    double[] h = h1.clone();
    for (int k = 1; k < net.depth(); k++) {
      int rows = net.width(k + 1);
      int cols = net.width(k);
      double[] w = net.weights(k);
      double[] b = net.biases(k);
      double[] next = new double[rows];
      for (int i = 0; i < rows; i++) {
        double s = b[i];
        for (int j = 0; j < cols; j++) {
          s += w[i * cols + j] * net.activation().value(h[j]);
        }
        next[i] = s;
      }
      h = next;
    }
    return h;
  }

  @Test
  void hiddenJacobianMatchesCentralDifferences() {
    MeanField.Critical c = MeanField.of(Activation.TANH).critical(0.5);
    Network net = Initialization.critical(Activation.TANH, new int[] {5, 7, 6, 8, 3},
        Initialization.Scheme.GAUSSIAN, c, Rng.of(1, "net"));
    Rng r = Rng.of(1, "x");
    double[] x = new double[5];
    for (int i = 0; i < 5; i++) {
      x[i] = r.gaussian();
    }
    Network.Trace t = net.forward(x);
    DMatrixRMaj j = Jacobians.hidden(net, t);
    assertThat(j.numRows).isEqualTo(8);
    assertThat(j.numCols).isEqualTo(7);
    double[] h1 = t.preActivations()[0];
    double step = 1e-6;
    for (int k = 0; k < 7; k++) {
      double[] p = h1.clone();
      double[] q = h1.clone();
      p[k] += step;
      q[k] -= step;
      double[] fp = top(net, p);
      double[] fq = top(net, q);
      for (int i = 0; i < 8; i++) {
        assertThat(j.get(i, k)).isCloseTo((fp[i] - fq[i]) / (2 * step), within(1e-8));
      }
    }
  }

  @Test
  void criticalLinearOrthogonalNetsAreExactIsometries() {
    MeanField.Critical c = MeanField.of(Activation.LINEAR).critical(1);
    Network net = Initialization.critical(Activation.LINEAR, new int[] {16, 16, 16, 16, 16, 16, 4},
        Initialization.Scheme.ORTHOGONAL, c, Rng.of(2, "net"));
    double[] x = new double[16];
    x[3] = 1;
    double[] s = Jacobians.singularValues(Jacobians.hidden(net, net.forward(x)));
    for (double v : s) {
      assertThat(v).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void singularValuesOfADiagonalMatrix() {
    double[] s = Jacobians.singularValues(new double[][] {{0, 3}, {-2, 0}, {0, 0}});
    assertThat(s).containsExactly(new double[] {3, 2}, within(1e-14));
  }
}
