package org.knotwork.pathways.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.Architecture;
import org.knotwork.pathways.model.Initializers;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.model.Network;
import org.knotwork.pathways.model.NetworkEngine;
import org.knotwork.common.random.Rng;

class ConservedMatricesTest {

  @Test
  void imbalanceMatchesItsDefinition() {
    Architecture arch = Architecture.of(8, 15, List.of(3), List.of(5), Activation.LINEAR, false);
    Network net = Initializers.gaussian(arch, 0.3, Rng.of(1, "w"));
    double[] c = ConservedMatrices.imbalance(net, 0, 1); // W3^T W3 - W2 W2^T, 5 x 5
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 5; b++) {
        double up = 0;
        for (int r = 0; r < 15; r++) {
          up += net.weight(0, 2, r, a) * net.weight(0, 2, r, b);
        }
        double low = 0;
        for (int k = 0; k < 5; k++) {
          low += net.weight(0, 1, a, k) * net.weight(0, 1, b, k);
        }
        assertThat(c[a * 5 + b]).isCloseTo(up - low, within(1e-14));
      }
    }
  }

  /** Check 3: drift after time 2 (1/2-loss) is proportional to lr: < 2e-3 at 1e-2, < 2e-4 at 1e-3. */
  @Test
  void check3ConservationDriftIsProportionalToTheLearningRate() {
    IoData data = Hierarchy.shiEtAl();
    double d2 = drift(data, 1e-2);
    double d3 = drift(data, 1e-3);
    assertThat(d2).isLessThan(2e-3).isGreaterThan(0);
    assertThat(d3).isLessThan(2e-4);
    assertThat(d2 / d3).isBetween(8.0, 12.0);
  }

  private static double drift(IoData data, double lr) {
    Architecture arch = Architecture.of(8, 15, List.of(4), List.of(64), Activation.LINEAR, false);
    Network net = Initializers.gaussian(arch, 0.1, Rng.of(1, "check3"));
    Network before = net.copy();
    int steps = (int) Math.round(2 / lr);
    double first;
    double last = 0;
    try (NetworkEngine e = new NetworkEngine(arch, data, 1)) {
      first = e.forward(net, LossConvention.HALF_SUM);
      for (int s = 0; s < steps; s++) {
        last = e.forward(net, LossConvention.HALF_SUM);
        e.step(lr);
      }
    }
    assertThat(last).as("the network learned").isLessThan(first / 100);
    return ConservedMatrices.relativeDrift(before, net);
  }
}
