package org.knotwork.isometry.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.geometry.Jacobians;

/**
 * Notes' check 6: &part;h<sup>g</sup>/&part;x<sup>0</sup>, &part;h<sup>g</sup>/&part;&theta; and
 * &part;CE/&part;&theta; of a critical orthogonal tanh net (L = 3, N = 6, C = 3, q* = 1/2) against central
 * differences with step 1e-6, to 1e-6 relative; the same for ReLU and linear nets, squared loss and
 * the forward-mode tangent.
 */
class BackpropTest {
  static final double STEP = 1e-6;

  static Network net(Activation a, long seed) {
    MeanField.Critical c = MeanField.of(a).critical(0.5);
    return Initialization.critical(a, new int[] {6, 6, 6, 6, 3}, Initialization.Scheme.ORTHOGONAL, c,
        Rng.of(seed, "net"));
  }

  static double[] input(long seed, int n) {
    Rng r = Rng.of(seed, "x");
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.gaussian();
    }
    return x;
  }

  /** Central differences of f at theta, column k = &part;f/&part;theta_k. */
  static double[][] central(Function<double[], double[]> f, double[] theta) {
    int m = f.apply(theta).length;
    double[][] j = new double[m][theta.length];
    for (int k = 0; k < theta.length; k++) {
      double[] p = theta.clone();
      double[] q = theta.clone();
      p[k] += STEP;
      q[k] -= STEP;
      double[] fp = f.apply(p);
      double[] fq = f.apply(q);
      for (int i = 0; i < m; i++) {
        j[i][k] = (fp[i] - fq[i]) / (2 * STEP);
      }
    }
    return j;
  }

  /** max |a - b| / max |b|. */
  static double relativeError(double[][] a, double[][] b) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < a[i].length; k++) {
        num = Math.max(num, Math.abs(a[i][k] - b[i][k]));
        den = Math.max(den, Math.abs(b[i][k]));
      }
    }
    return num / den;
  }

  @Test
  void derivativesMatchCentralDifferences() {
    for (Activation a : Activation.values()) {
      Network net = net(a, 3);
      MeanField.Critical c = MeanField.of(a).critical(0.5);
      double[] x = Initialization.rescale(input(4, 6), c.inputMeanSquare());
      Network.Trace t = net.forward(x);
      // d logits / d x
      double[][] jx = Jacobians.inputOutput(net, t);
      double[][] fx = central(y -> net.forward(y).logits(), x);
      assertThat(relativeError(jx, fx)).as("%s dh/dx", a).isLessThan(1e-6);
      // d logits / d theta
      double[] theta = net.parameters();
      double[][] jt = Jacobians.parameters(net, t);
      double[][] ft = central(th -> net.withParameters(th).forward(x).logits(), theta);
      assertThat(relativeError(jt, ft)).as("%s dh/dtheta", a).isLessThan(1e-6);
      // forward-mode tangent J v against the reverse-mode rows
      double[] v = input(5, theta.length);
      double[] jv = net.tangent(t, v);
      double[][] fromRows = new double[1][3];
      for (int k = 0; k < 3; k++) {
        double s = 0;
        for (int u = 0; u < theta.length; u++) {
          s += jt[k][u] * v[u];
        }
        fromRows[0][k] = s;
      }
      assertThat(relativeError(new double[][] {jv}, fromRows)).as("%s tangent", a).isLessThan(1e-13);
      // d CE / d theta and d squared / d theta
      OutputLoss ce = OutputLoss.softmaxCrossEntropy(new int[] {2});
      OutputLoss sq = OutputLoss.squared(new double[][] {{0.3, -0.1, 0.5}});
      for (OutputLoss loss : new OutputLoss[] {ce, sq}) {
        double[] g = new double[theta.length];
        net.backward(t, loss.gradient(t.logits(), 0), g, null);
        double[][] fg = central(th -> new double[] {loss.value(net.withParameters(th).forward(x).logits(), 0)},
            theta);
        assertThat(relativeError(new double[][] {g}, fg)).as("%s loss gradient", a).isLessThan(1e-6);
      }
    }
  }

  @Test
  void outputHessiansMatchCentralDifferencesOfTheGradient() {
    double[] z = {0.4, -1.1, 0.25};
    OutputLoss ce = OutputLoss.softmaxCrossEntropy(new int[] {1});
    double[][] h = ce.hessian(z);
    double[][] fd = central(y -> ce.gradient(y, 0), z);
    assertThat(relativeError(h, fd)).isLessThan(1e-8);
  }
}
