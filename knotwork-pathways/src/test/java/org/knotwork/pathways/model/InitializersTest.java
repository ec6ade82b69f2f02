package org.knotwork.pathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.pathways.data.CorrelationSvd;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.common.random.Rng;

class InitializersTest {

  @Test
  void gaussianWeightsHaveTheRequestedSpreadAndAreReproducible() {
    Architecture arch = Architecture.of(8, 15, List.of(3), List.of(200), Activation.LINEAR, false);
    double eps = 0.02;
    Network a = Initializers.gaussian(arch, eps, Rng.of(42, "init"));
    Network b = Initializers.gaussian(arch, eps, Rng.of(42, "init"));
    double[] w = a.weights(0, 1); // 40000 draws
    double mean = 0;
    double sq = 0;
    for (double x : w) {
      mean += x;
      sq += x * x;
    }
    mean /= w.length;
    double var = sq / w.length - mean * mean;
    // standard errors: mean eps/200, variance eps^2 sqrt(2/40000) = 0.0071 eps^2; 5 s.e. bounds
    assertThat(mean).isCloseTo(0, within(5 * eps / 200));
    assertThat(var / (eps * eps)).isCloseTo(1, within(5 * 0.0071));
    assertThat(b.weights(0, 1)).containsExactly(w);
    Network c = Initializers.gaussian(arch, eps, Rng.of(43, "init"));
    assertThat(c.weights(0, 1)).isNotEqualTo(w);
  }

  @Test
  void alignedWeightsHaveDiagonalModeCoordinatesWithTheScalarProducts() {
    CorrelationSvd svd = CorrelationSvd.of(Hierarchy.shiEtAl());
    Architecture arch = Architecture.of(8, 15, List.of(3, 1), List.of(11, 1), Activation.LINEAR,
        false);
    double[] p = {0.3, -0.2, 0.05, 0.1, -0.4, 0.25, 0.15, 0.02};
    double[][] chain = Initializers.imbalancedScalars(3, p, 1.0);
    double[] k0 = {0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.02, 0.01};
    double[][] flat = Initializers.balancedScalars(1, k0);
    Network net = Initializers.aligned(arch, svd, List.of(chain, flat), Rng.of(1, "b"));
    double[][] m0 = NaiveNet.product(net, 0);
    double[][] m1 = NaiveNet.product(net, 1);
    for (int a = 0; a < 15; a++) {
      for (int b = 0; b < 8; b++) {
        double k0ab = 0;
        double k1ab = 0;
        for (int o = 0; o < 15; o++) {
          for (int i = 0; i < 8; i++) {
            k0ab += svd.u(o, a) * m0[o][i] * svd.v(i, b);
            k1ab += svd.u(o, a) * m1[o][i] * svd.v(i, b);
          }
        }
        double want0 = a == b ? p[a] * (p[a] * p[a] + 1) : 0;
        assertThat(k0ab).isCloseTo(want0, within(1e-14));
        assertThat(k1ab).isCloseTo(a == b ? k0[a] : 0, within(1e-14));
      }
    }
  }

  @Test
  void scalarHelpersFollowTheirDefinitions() {
    double[][] bal = Initializers.balancedScalars(4, new double[] {0.0625, -16});
    assertThat(bal[0]).containsExactly(0.5, -2.0);
    assertThat(bal[3]).containsExactly(0.5, 2.0);
    double[][] imb = Initializers.imbalancedScalars(3, new double[] {0.75}, 0.4375);
    assertThat(imb[0][0]).isEqualTo(0.75);
    assertThat(imb[1][0]).isCloseTo(1.0, within(1e-15));
    assertThat(imb[2][0]).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void rejectsImpossibleAlignedShapes() {
    CorrelationSvd svd = CorrelationSvd.of(Hierarchy.shiEtAl());
    Architecture narrow = Architecture.of(8, 15, List.of(2), List.of(4), Activation.LINEAR, false);
    double[][] s = Initializers.balancedScalars(2, new double[8]);
    assertThatThrownBy(() -> Initializers.aligned(narrow, svd, List.<double[][]>of(s), Rng.of(1, "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden width");
    assertThatThrownBy(() -> Initializers.gaussian(narrow, -1, Rng.of(1, "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eps");
  }
}
