package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;

class MinibatchObjectiveTest {

  private static final Dataset DATA = new Dataset(new double[] {-1.2, -0.4, 0.1, 0.7, 1.5, 2.0},
      new double[] {0.3, -1.0, 0.8, 0.2, -0.5, 1.1});
  private static final NetworkParams NET = new NetworkParams(new double[] {1.0, -0.7, 0.4},
      new double[] {0.2, 0.5, -0.3}, new double[] {0.8, -1.1, 0.6}, 0.1);

  /** Averaging the estimate over all C(N, B) subsets must give the full objective exactly. */
  @ParameterizedTest
  @EnumSource(LossNormalization.class)
  void theAverageOverAllSubsetsIsTheFullValueAndGradient(LossNormalization norm) {
    ShallowObjective obj = ShallowObjective.network(SweepLoss.of(DATA, norm), NET.width());
    double[] theta = NET.toVector();
    double[] full = new double[obj.dimension()];
    double fullValue = obj.valueAndGradient(theta, full);
    int n = DATA.size();
    int b = 3;
    double[] mean = new double[obj.dimension()];
    double meanValue = 0;
    int subsets = 0;
    double[] g = new double[obj.dimension()];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        for (int k = j + 1; k < n; k++) {
          meanValue += obj.valueAndGradient(theta, new int[] {i, j, k}, b, g);
          for (int q = 0; q < g.length; q++) {
            mean[q] += g[q];
          }
          subsets++;
        }
      }
    }
    assertThat(subsets).isEqualTo(20);
    assertThat(meanValue / subsets).isCloseTo(fullValue, within(1e-13 * (1 + fullValue)));
    for (int q = 0; q < g.length; q++) {
      assertThat(mean[q] / subsets).isCloseTo(full[q], within(1e-13 * (1 + Math.abs(full[q]))));
    }
  }

  @Test
  void theFullSubsetIsTheFullObjective() {
    ShallowObjective obj = ShallowObjective.spline(SweepLoss.of(DATA),
        NET.toSpline().orientation());
    double[] theta = NET.toSpline().toVector();
    double[] full = new double[obj.dimension()];
    double[] sub = new double[obj.dimension()];
    double v = obj.valueAndGradient(theta, full);
    double vs = obj.valueAndGradient(theta, new int[] {5, 3, 1, 0, 2, 4}, 6, sub);
    assertThat(vs).isCloseTo(v, within(1e-15));
    assertThat(sub).containsExactly(full, within(1e-15));
  }

  @Test
  void badSubsetsAreRejected() {
    ShallowObjective obj = ShallowObjective.network(SweepLoss.of(DATA), NET.width());
    double[] theta = NET.toVector();
    double[] g = new double[obj.dimension()];
    assertThatThrownBy(() -> obj.valueAndGradient(theta, new int[] {0, 9}, 2, g))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples[1]");
    assertThatThrownBy(() -> obj.valueAndGradient(theta, new int[] {0}, 0, g))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
  }
}
