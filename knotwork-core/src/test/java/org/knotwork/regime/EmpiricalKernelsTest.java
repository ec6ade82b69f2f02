package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;
import org.knotwork.testing.RandomProblems;

/** The kernel functions against Gram matrices of the reference Jacobian (NaiveLoss, S17). */
class EmpiricalKernelsTest {

  @Test
  void tangentKernelIsTheGramMatrixOfTheJacobianRows() {
    for (int seed = 0; seed < 5; seed++) {
      Rng rng = Rng.of(seed, "kernels");
      NetworkParams p = RandomProblems.network(rng, 7, 1.5, 0.0);
      Dataset d = RandomProblems.data(rng, 9, -2, 2);
      double[][] j = new NaiveLoss(d, LossNormalization.SUM).jacobian(p);
      DoubleBinaryOperator k = EmpiricalKernels.tangent(p);
      for (int a = 0; a < d.size(); a++) {
        for (int b = 0; b < d.size(); b++) {
          assertThat(k.applyAsDouble(d.x()[a], d.x()[b]))
              .isCloseTo(dot(j[a], j[b]), within(1e-12 * (1 + Math.abs(dot(j[a], j[b])))));
        }
      }
    }
  }

  /** With |w| = 1 the (v, c) columns of J are relu(s(x - beta)) and 1. */
  @Test
  void frozenKnotKernelIsTheOutputLayerBlock() {
    Rng rng = Rng.of(11, "kernels");
    int h = 6;
    double[] beta = new double[h];
    int[] s = new int[h];
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      beta[i] = rng.uniform(-1, 1);
      s[i] = rng.sign();
      w[i] = s[i];
      b[i] = -s[i] * beta[i];
      v[i] = rng.gaussian();
    }
    Dataset d = RandomProblems.data(rng, 8, -1.5, 1.5);
    double[][] j = new NaiveLoss(d, LossNormalization.SUM).jacobian(new NetworkParams(w, b, v, 0));
    DoubleBinaryOperator k = EmpiricalKernels.frozenKnots(beta, s);
    for (int a = 0; a < d.size(); a++) {
      for (int c = 0; c < d.size(); c++) {
        double ref = 0;
        for (int col = 2 * h; col <= 3 * h; col++) { // v_1..v_H, c
          ref += j[a][col] * j[c][col];
        }
        assertThat(k.applyAsDouble(d.x()[a], d.x()[c])).isCloseTo(ref, within(1e-13));
      }
    }
    assertThatThrownBy(() -> EmpiricalKernels.frozenKnots(beta, new int[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
