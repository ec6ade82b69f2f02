package org.knotwork.pathways.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.pathways.data.CorrelationSvd;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.common.random.Rng;

class ModeCoordinatesTest {

  @Test
  void theCorrelationItselfHasDiagonalCoordinatesEqualToTheSingularValues() {
    IoData d = Hierarchy.shiEtAl();
    CorrelationSvd svd = CorrelationSvd.of(d);
    double[][] sigma = d.inputOutputCorrelation();
    double[] flat = new double[15 * 8];
    for (int o = 0; o < 15; o++) {
      System.arraycopy(sigma[o], 0, flat, o * 8, 8);
    }
    double[][] k = ModeCoordinates.of(svd, flat);
    double[] want = {Math.sqrt(15), Math.sqrt(7), Math.sqrt(3), Math.sqrt(3), 1, 1, 1, 1};
    for (int a = 0; a < 15; a++) {
      for (int b = 0; b < 8; b++) {
        assertThat(k[a][b]).isCloseTo(a == b ? want[a] : 0, within(1e-13));
      }
    }
    double[] s = ModeCoordinates.strengths(svd, flat);
    for (int a = 0; a < 8; a++) {
      assertThat(s[a]).isCloseTo(want[a], within(1e-13));
    }
  }

  @Test
  void strengthsAreTheDiagonalOfTheFullMatrixForAnyMap() {
    CorrelationSvd svd = CorrelationSvd.of(Hierarchy.shiEtAl());
    Rng rng = Rng.of(3, "omega");
    double[] om = new double[120];
    for (int i = 0; i < om.length; i++) {
      om[i] = rng.gaussian();
    }
    double[][] k = ModeCoordinates.of(svd, om);
    double[] s = ModeCoordinates.strengths(svd, om);
    // independent: u_a^T Omega v_a by explicit double sum
    for (int a = 0; a < 8; a++) {
      double ref = 0;
      for (int o = 0; o < 15; o++) {
        for (int i = 0; i < 8; i++) {
          ref += svd.u(o, a) * om[o * 8 + i] * svd.v(i, a);
        }
      }
      assertThat(s[a]).isCloseTo(ref, within(1e-13));
      assertThat(k[a][a]).isCloseTo(ref, within(1e-13));
    }
    // Frobenius norm is preserved by the orthogonal change of basis
    double n1 = 0;
    double n2 = 0;
    for (double x : om) {
      n1 += x * x;
    }
    for (double[] row : k) {
      for (double x : row) {
        n2 += x * x;
      }
    }
    assertThat(n2).isCloseTo(n1, within(1e-11));
  }
}
