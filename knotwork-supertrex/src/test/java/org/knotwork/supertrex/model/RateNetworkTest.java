package org.knotwork.supertrex.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.linalg.CsrMatrix;

/** Construction of the network (spiking.md check 1) and one Euler step against a dense hand step. */
class RateNetworkTest {

  @Test
  void recurrenceAtTheAuthorsScaleHasTheDensityAndSpreadOfItsLaw() {
    for (long seed = 1; seed <= 2; seed++) {
      CsrMatrix j = RateNetwork.recurrence(1000, 0.1, 1.5, Rng.of(seed, "j"));
      double fraction = j.nonZeros() / 1e6;
      assertThat(fraction).isBetween(0.097, 0.103);
      double s = 0;
      double sq = 0;
      for (int p = 0; p < j.nonZeros(); p++) {
        s += j.value(p);
        sq += j.value(p) * j.value(p);
      }
      double mean = s / j.nonZeros();
      double sd = Math.sqrt(sq / j.nonZeros() - mean * mean);
      assertThat(sd).isCloseTo(0.15, org.assertj.core.data.Offset.offset(0.02 * 0.15));
    }
  }

  @Test
  void spectralRadiusIsNearLambdaAtN300() {
    for (long seed = 1; seed <= 2; seed++) {
      int n = 300;
      CsrMatrix j = RateNetwork.recurrence(n, 0.1, 1.5, Rng.of(seed, "j"));
      double[] d = j.toDense();
      DMatrixRMaj m = new DMatrixRMaj(n, n, true, d);
      EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
      assertThat(eig.decompose(m)).isTrue();
      double max = 0;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, eig.getEigenvalue(i).getMagnitude());
      }
      assertThat(max).isBetween(1.5 * 0.9, 1.5 * 1.1);
      // the SD of the non-zeros at N = 300 is 1.5 / sqrt(30) = 0.274 (check 1)
      assertThat(1.5 / Math.sqrt(0.1 * n)).isCloseTo(0.274, org.assertj.core.data.Offset.offset(
          5e-4));
    }
  }

  @Test
  void oneEulerStepMatchesTheDenseFormula() {
    int n = 7;
    RateNetwork net = RateNetwork.draw(n, 2, 0.5, 1.5, Rng.of(4, "net"));
    double[] j = net.recurrence().toDense();
    double[] x0 = net.state().clone();
    double[] r0 = net.rates().clone();
    for (int i = 0; i < n; i++) {
      assertThat(r0[i]).isEqualTo(StrictMath.tanh(x0[i]));
      assertThat(x0[i]).isBetween(-0.5, 0.5);
      assertThat(net.feedback(i, 0)).isBetween(-1.0, 1.0);
    }
    double[] u = {0.3, -0.7};
    net.advance(u, 0.02);
    Rng noise = Rng.of(9, "noise");
    net.activate(noise, 0.025);
    Rng replay = Rng.of(9, "noise");
    for (int i = 0; i < n; i++) {
      double jr = 0;
      for (int k = 0; k < n; k++) {
        jr += j[i * n + k] * r0[k];
      }
      double x = x0[i] + 0.02 * (-x0[i] + jr + net.feedback(i, 0) * 0.3 + net.feedback(i, 1) * -0.7);
      assertThat(net.state()[i]).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-15));
      double eps = replay.uniform() * 0.05 - 0.025;
      assertThat(net.rates()[i]).isCloseTo(StrictMath.tanh(x) + eps,
          org.assertj.core.data.Offset.offset(1e-15));
    }
    net.activate(null, 0.025);
    for (int i = 0; i < n; i++) {
      assertThat(net.rates()[i]).isEqualTo(StrictMath.tanh(net.state()[i]));
    }
  }
}
