package org.knotwork.pathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.DenseBlas;
import org.knotwork.common.linalg.DenseBlases;
import org.knotwork.common.random.Rng;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;

/**
 * The engine's DenseBlas path (docs/deep-linear.md &sect;4.1) against the built-in kernels, which
 * NetworkEngineTest checks against central differences and the naive network: losses, gradients
 * and weights after steps agree to rounding, for linear and non-linear pathways of unequal depths;
 * the deferred copy-back of the weights reaches every reader, and weights changed outside the engine
 * are uploaded again. Uses the pure-Java provider (this module's tests have no native library).
 */
class NetworkEngineBlasTest {
  private static final DenseBlas JAVA = DenseBlases.java();

  @Test
  void gradientsAndLossesEqualTheKernelsToRounding() {
    IoData data = Hierarchy.shiEtAl();
    for (Activation act : new Activation[] {Activation.LINEAR, Activation.TANH}) {
      Architecture arch = new Architecture(8, 15,
          List.of(PathwaySpec.of(3, 9), new PathwaySpec(List.of(6, 4)), PathwaySpec.of(1, 1)), act,
          act != Activation.LINEAR);
      Network net = Initializers.gaussian(arch, 0.4, Rng.of(21, "w"));
      try (NetworkEngine k = new NetworkEngine(arch, data, 1);
          NetworkEngine b = new NetworkEngine(arch, data, 1, JAVA)) {
        assertThat(b.denseProducts()).isEqualTo("java");
        assertThat(k.denseProducts()).isEqualTo("kernels");
        double lk = k.forward(net, LossConvention.SUM);
        double lb = b.forward(net, LossConvention.SUM);
        assertThat(lb).isCloseTo(lk, within(1e-13 * lk));
        double[][][] gk = k.gradient();
        double[][][] gb = b.gradient();
        for (int j = 0; j < gk.length; j++) {
          for (int l = 0; l < gk[j].length; l++) {
            for (int i = 0; i < gk[j][l].length; i++) {
              assertThat(gb[j][l][i]).as("%s j %d l %d i %d", act, j, l, i)
                  .isCloseTo(gk[j][l][i], within(1e-12 * (1 + Math.abs(gk[j][l][i]))));
            }
          }
        }
        double[][] mk = k.pathwayMaps(net);
        double[][] mb = b.pathwayMaps(net);
        for (int j = 0; j < mk.length; j++) {
          for (int i = 0; i < mk[j].length; i++) {
            assertThat(mb[j][i]).isCloseTo(mk[j][i], within(1e-13));
          }
        }
      }
    }
  }

  @Test
  void stepsAgreeWithTheKernelsAndTheCopyBackReachesEveryReader() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(4, 3), List.of(40, 30), Activation.LINEAR,
        false);
    Network a = Initializers.gaussian(arch, Math.sqrt(0.1 / 40), Rng.of(22, "w"));
    Network b = a.copy();
    try (NetworkEngine k = new NetworkEngine(arch, data, 1);
        NetworkEngine e = new NetworkEngine(arch, data, 1, JAVA)) {
      for (int s = 0; s < 6; s++) {
        k.forward(a, LossConvention.SUM);
        k.step(0.05);
        e.forward(b, LossConvention.SUM);
        e.step(0.05);
        if (s == 2) {
          // read and change the network between steps: the copy-back runs first, the change is
          // uploaded before the next forward
          assertClose(b, a, 1e-13);
          double[] w = a.weights(1, 1);
          w[3] += 0.01;
          a.setWeights(1, 1, w);
          b.setWeights(1, 1, w);
        }
      }
      assertClose(b, a, 1e-12);
    }
    // a network trained by a closed engine holds the final weights
    Network c = Initializers.gaussian(arch, Math.sqrt(0.1 / 40), Rng.of(22, "w"));
    try (NetworkEngine e = new NetworkEngine(arch, data, 1, JAVA)) {
      for (int s = 0; s < 6; s++) {
        e.forward(c, LossConvention.SUM);
        e.step(0.05);
      }
    }
    Network d = Initializers.gaussian(arch, Math.sqrt(0.1 / 40), Rng.of(22, "w"));
    try (NetworkEngine k = new NetworkEngine(arch, data, 1)) {
      for (int s = 0; s < 6; s++) {
        k.forward(d, LossConvention.SUM);
        k.step(0.05);
      }
    }
    assertClose(c, d, 1e-12);
  }

  @Test
  void oneEngineServesTwoNetworksInTurn() {
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(3, 3), List.of(20, 20), Activation.LINEAR,
        false);
    Network x = Initializers.gaussian(arch, 0.2, Rng.of(23, "x"));
    Network y = Initializers.gaussian(arch, 0.2, Rng.of(23, "y"));
    Network xRef = x.copy();
    Network yRef = y.copy();
    try (NetworkEngine e = new NetworkEngine(arch, data, 1, JAVA);
        NetworkEngine k = new NetworkEngine(arch, data, 1)) {
      for (int s = 0; s < 3; s++) {
        for (Network[] pair : new Network[][] {{x, xRef}, {y, yRef}}) {
          e.forward(pair[0], LossConvention.HALF_SUM);
          e.step(0.1);
          k.forward(pair[1], LossConvention.HALF_SUM);
          k.step(0.1);
        }
      }
      assertClose(x, xRef, 1e-13);
      assertClose(y, yRef, 1e-13);
    }
  }

  @Test
  void blocksOverThreadsGiveTheSameBytesAndAgreeWithTheKernels() {
    // widths above the block of 128 rows, not multiples of it: several blocks and a ragged last one
    IoData data = Hierarchy.shiEtAl();
    Architecture arch = Architecture.of(8, 15, List.of(3, 2), List.of(200, 129), Activation.LINEAR,
        false);
    Network one = Initializers.gaussian(arch, Math.sqrt(0.1 / 200), Rng.of(24, "w"));
    Network three = one.copy();
    Network kernels = one.copy();
    try (NetworkEngine e1 = new NetworkEngine(arch, data, 1, JAVA);
        NetworkEngine e3 = new NetworkEngine(arch, data, 3, JAVA);
        NetworkEngine k = new NetworkEngine(arch, data, 1)) {
      for (int s = 0; s < 2; s++) {
        e1.forward(one, LossConvention.SUM);
        e1.step(0.02);
        e3.forward(three, LossConvention.SUM);
        e3.step(0.02);
        k.forward(kernels, LossConvention.SUM);
        k.step(0.02);
      }
    }
    for (int j = 0; j < 2; j++) {
      for (int l = 0; l < arch.depth(j); l++) {
        assertThat(three.weights(j, l)).containsExactly(one.weights(j, l));
      }
    }
    assertClose(one, kernels, 1e-12);
  }

  private static void assertClose(Network got, Network expected, double tol) {
    Architecture arch = expected.architecture();
    for (int j = 0; j < arch.pathwayCount(); j++) {
      for (int l = 0; l < arch.depth(j); l++) {
        double[] g = got.weights(j, l);
        double[] w = expected.weights(j, l);
        for (int i = 0; i < w.length; i++) {
          assertThat(g[i]).as("j %d l %d i %d", j, l, i)
              .isCloseTo(w[i], within(tol * (1 + Math.abs(w[i]))));
        }
      }
    }
  }
}
