package org.knotwork.isometry.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.isometry.net.Activation;
import org.knotwork.isometry.net.Initialization;
import org.knotwork.isometry.net.Network;
import org.knotwork.isometry.net.OutputLoss;

/**
 * Notes' check 9: softmax regression (d = 5, C = 4, n = 7, no hidden layer), whose Fishers have the
 * closed forms G = (1/n)&Sigma;(diag p &minus; pp<sup>T</sup>) &otimes; x&#771;x&#771;<sup>T</sup> and F =
 * (1/n)&Sigma; rr<sup>T</sup> &otimes; x&#771;x&#771;<sup>T</sup>, x&#771; = (x, 1); permuting the labels
 * changes F only.
 */
class ClosedFormTest {
  static final int D = 5;
  static final int C = 4;
  static final int N = 7;

  /** Our parameter index of (class c, feature j), j = D the bias. */
  static int index(int c, int j) {
    return j < D ? c * D + j : C * D + c;
  }

  static double[][] closedForm(double[][] x, Network net, int[] y, boolean empirical) {
    int p = C * (D + 1);
    double[][] g = new double[p][p];
    for (int i = 0; i < N; i++) {
      double[] z = net.forward(x[i]).logits();
      double[] pr = OutputLoss.softmax(z);
      double[] r = pr.clone();
      r[y[i]] -= 1;
      double[] xt = new double[D + 1];
      System.arraycopy(x[i], 0, xt, 0, D);
      xt[D] = 1;
      for (int a = 0; a < C; a++) {
        for (int b = 0; b < C; b++) {
          double m = empirical ? r[a] * r[b] : (a == b ? pr[a] : 0) - pr[a] * pr[b];
          for (int j = 0; j <= D; j++) {
            for (int k = 0; k <= D; k++) {
              g[index(a, j)][index(b, k)] += m * xt[j] * xt[k] / N;
            }
          }
        }
      }
    }
    return g;
  }

  static double maxDiff(double[][] a, double[][] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
      }
    }
    return d;
  }

  @Test
  void softmaxRegressionFishersHaveTheirClosedForms() {
    Rng r = Rng.of(9, "closed");
    Network net = Initialization.draw(Activation.TANH, new int[] {D, C}, Initialization.Scheme.GAUSSIAN,
        1.0, 0.3, r.split("net"));
    double[][] x = new double[N][D];
    int[] y = new int[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < D; j++) {
        x[i][j] = r.gaussian();
      }
      y[i] = r.nextInt(C);
    }
    Probe p = new Probe(net, x, OutputLoss.softmaxCrossEntropy(y));
    double[][] gTrue = Fisher.explicitTrue(p);
    double[][] gEmp = Fisher.explicitEmpirical(p);
    assertThat(maxDiff(gTrue, closedForm(x, net, y, false))).isLessThan(1e-12);
    assertThat(maxDiff(gEmp, closedForm(x, net, y, true))).isLessThan(1e-12);
    int[] perm = new int[N];
    for (int i = 0; i < N; i++) {
      perm[i] = (y[i] + 1) % C;
    }
    Probe q = new Probe(net, x, OutputLoss.softmaxCrossEntropy(perm));
    assertThat(maxDiff(Fisher.explicitTrue(q), gTrue)).isEqualTo(0);
    assertThat(maxDiff(Fisher.explicitEmpirical(q), gEmp)).isGreaterThan(1e-3);
    assertThat(maxDiff(Fisher.explicitEmpirical(q), closedForm(x, net, perm, true))).isLessThan(1e-12);
  }
}
