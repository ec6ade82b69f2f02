package org.knotwork.pathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.common.random.Rng;

class NetworkEngineTest {

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(Activation.LINEAR, false, LossConvention.SUM, 11L),
        Arguments.of(Activation.LINEAR, false, LossConvention.HALF_SUM, 12L),
        Arguments.of(Activation.TANH, true, LossConvention.SUM, 13L),
        Arguments.of(Activation.TANH, false, LossConvention.HALF_SUM, 14L),
        Arguments.of(Activation.RELU, true, LossConvention.SUM, 15L),
        Arguments.of(Activation.RELU, false, LossConvention.HALF_SUM, 16L));
  }

  /** Check 2: backprop against central differences (h = 1e-6), D = 3, N = 10, relative error < 1e-6. */
  @ParameterizedTest
  @MethodSource("variants")
  void check2GradientMatchesCentralDifferences(Activation act, boolean readout,
      LossConvention conv, long seed) {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(3, 3), List.of(10, 10), act, readout);
    Network net = Initializers.gaussian(arch, 0.5, Rng.of(seed, "grad"));
    assertGradientMatches(net, data, conv);
  }

  @Test
  void gradientOfUnequalDepthsAndWidthsMatchesCentralDifferences() {
    IoData data = new IoData(randomMatrix(5, 4, Rng.of(3, "x")), randomMatrix(5, 3, Rng.of(3, "y")));
    Architecture arch = new Architecture(4, 3,
        List.of(PathwaySpec.of(1, 1), new PathwaySpec(List.of(6, 2)), PathwaySpec.of(2, 9)),
        Activation.TANH, true);
    Network net = Initializers.gaussian(arch, 0.6, Rng.of(4, "w"));
    assertGradientMatches(net, data, LossConvention.SUM);
  }

  private static void assertGradientMatches(Network net, IoData data, LossConvention conv) {
    Architecture arch = net.architecture();
    double[] minPre = {Double.POSITIVE_INFINITY};
    NaiveNet.loss(net, data, conv, minPre);
    if (arch.activation() == Activation.RELU) {
      // perturbations of 1e-6 move pre-activations by < 1e-5: stay away from ReLU kinks
      assertThat(minPre[0]).as("distance of pre-activations from the kink").isGreaterThan(1e-4);
    }
    double[][][] g;
    try (NetworkEngine e = new NetworkEngine(arch, data, 1)) {
      double loss = e.forward(net, conv);
      assertThat(loss).isCloseTo(NaiveNet.loss(net, data, conv, null),
          within(1e-12 * Math.max(1, loss)));
      g = e.gradient();
    }
    double h = 1e-6;
    double num = 0;
    double den = 0;
    for (int j = 0; j < arch.pathwayCount(); j++) {
      for (int l = 0; l < arch.depth(j); l++) {
        double[] w = net.weights(j, l);
        for (int i = 0; i < w.length; i++) {
          double keep = w[i];
          w[i] = keep + h;
          net.setWeights(j, l, w);
          double lp = NaiveNet.loss(net, data, conv, null);
          w[i] = keep - h;
          net.setWeights(j, l, w);
          double lm = NaiveNet.loss(net, data, conv, null);
          w[i] = keep;
          net.setWeights(j, l, w);
          double fd = (lp - lm) / (2 * h);
          num += (fd - g[j][l][i]) * (fd - g[j][l][i]);
          den += g[j][l][i] * g[j][l][i];
        }
      }
    }
    assertThat(den).isGreaterThan(0);
    assertThat(Math.sqrt(num / den)).isLessThan(1e-6);
  }

  @Test
  void stepIsWeightsMinusLearningRateTimesGradient() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(3, 2), List.of(12, 7), Activation.TANH,
        false);
    Network net = Initializers.gaussian(arch, 0.3, Rng.of(5, "w"));
    Network before = net.copy();
    double lr = 0.037;
    try (NetworkEngine e = new NetworkEngine(arch, data, 1)) {
      e.forward(net, LossConvention.SUM);
      double[][][] g = e.gradient();
      e.step(lr);
      for (int j = 0; j < 2; j++) {
        for (int l = 0; l < arch.depth(j); l++) {
          double[] w0 = before.weights(j, l);
          double[] w1 = net.weights(j, l);
          for (int i = 0; i < w0.length; i++) {
            assertThat(w1[i]).isCloseTo(w0[i] - lr * g[j][l][i], within(1e-15));
          }
        }
      }
      assertThatThrownBy(() -> e.step(lr)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(4, 3), List.of(160, 150),
        Activation.LINEAR, false);
    Network a = Initializers.gaussian(arch, Math.sqrt(0.1 / 160), Rng.of(6, "w"));
    Network b = a.copy();
    train(a, data, 1);
    train(b, data, 3);
    for (int j = 0; j < 2; j++) {
      for (int l = 0; l < arch.depth(j); l++) {
        assertThat(b.weights(j, l)).containsExactly(a.weights(j, l));
      }
    }
  }

  private static void train(Network net, IoData data, int threads) {
    try (NetworkEngine e = new NetworkEngine(net.architecture(), data, threads)) {
      for (int s = 0; s < 15; s++) {
        e.forward(net, LossConvention.SUM);
        e.step(0.01);
      }
    }
  }

  @Test
  void pathwayMapsAreWeightProductsForLinearPathways() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(3, 1), List.of(9, 1), Activation.LINEAR,
        false);
    Network net = Initializers.gaussian(arch, 0.4, Rng.of(7, "w"));
    try (NetworkEngine e = new NetworkEngine(arch, data, 1)) {
      double[][] viaIdentity = e.pathwayMaps(net); // separate identity pass
      e.forward(net, LossConvention.SUM);
      double[][] reused = e.pathwayMaps(net); // reuses the training batch (X = I)
      for (int j = 0; j < 2; j++) {
        double[][] prod = NaiveNet.product(net, j);
        for (int o = 0; o < 15; o++) {
          for (int i = 0; i < 8; i++) {
            assertThat(viaIdentity[j][o * 8 + i]).isCloseTo(prod[o][i], within(1e-14));
            assertThat(reused[j][o * 8 + i]).isCloseTo(prod[o][i], within(1e-14));
          }
        }
      }
    }
  }

  @Test
  void pathwayMapsOfNonlinearPathwaysAreOutputsOnUnitInputs() {
    IoData data = new IoData(randomMatrix(5, 4, Rng.of(8, "x")), randomMatrix(5, 3, Rng.of(8, "y")));
    Architecture arch = Architecture.of(4, 3, List.of(2, 3), List.of(6, 5), Activation.TANH, true);
    Network net = Initializers.gaussian(arch, 0.7, Rng.of(9, "w"));
    try (NetworkEngine e = new NetworkEngine(arch, data, 1)) {
      e.forward(net, LossConvention.SUM);
      double[][] maps = e.pathwayMaps(net);
      for (int j = 0; j < 2; j++) {
        for (int i = 0; i < 4; i++) {
          double[] x = new double[4];
          x[i] = 1;
          double[] out = NaiveNet.pathway(net, j, x, null);
          for (int o = 0; o < 3; o++) {
            assertThat(maps[j][o * 4 + i]).isCloseTo(out[o], within(1e-14));
          }
        }
      }
    }
  }

  @Test
  void staleForwardStateIsRejected() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(2), List.of(4), Activation.LINEAR, false);
    Network net = Initializers.gaussian(arch, 0.1, Rng.of(1, "w"));
    try (NetworkEngine e = new NetworkEngine(arch, data, 1)) {
      assertThatThrownBy(e::gradient).isInstanceOf(IllegalStateException.class);
      e.forward(net, LossConvention.SUM);
      net.setWeights(0, 0, new double[32]);
      assertThatThrownBy(() -> e.step(0.1)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void rejectsBadArguments() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(2), List.of(4), Activation.LINEAR, false);
    assertThatThrownBy(() -> new NetworkEngine(arch, data, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    Architecture wrong = Architecture.of(7, 15, List.of(2), List.of(4), Activation.LINEAR, false);
    assertThatThrownBy(() -> new NetworkEngine(wrong, data, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputs");
    assertThatThrownBy(() -> Architecture.of(8, 15, List.of(0), List.of(4), Activation.LINEAR,
        false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depth");
    assertThatThrownBy(() -> new Architecture(8, 15, List.of(), Activation.LINEAR, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pathways");
    Network net = Network.zeros(arch);
    assertThatThrownBy(() -> net.setWeights(0, 1, new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("60");
    try (NetworkEngine e = new NetworkEngine(arch, data, 1)) {
      e.forward(net, LossConvention.SUM);
      assertThatThrownBy(() -> e.step(-1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lr");
    }
  }

  static double[][] randomMatrix(int rows, int cols, Rng rng) {
    double[][] m = new double[rows][cols];
    for (double[] r : m) {
      for (int c = 0; c < cols; c++) {
        r[c] = rng.gaussian();
      }
    }
    return m;
  }
}
