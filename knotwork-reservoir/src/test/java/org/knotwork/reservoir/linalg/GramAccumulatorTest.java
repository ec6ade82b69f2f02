package org.knotwork.reservoir.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GramAccumulatorTest {

  @ParameterizedTest(name = "P={0} K={1} T={2} chunk={3}")
  @CsvSource({"1, 1, 5, 3", "7, 2, 50, 8", "70, 3, 301, 64", "131, 8, 700, 256", "200, 1, 90, 1000"})
  void equalsTheNaiveSums(int p, int k, int t, int chunk) {
    Random r = new Random(p * 31 + t);
    double[][] f = new double[t][p];
    double[][] y = new double[t][k];
    GramAccumulator acc = new GramAccumulator(p, k, chunk, true);
    for (int s = 0; s < t; s++) {
      for (int i = 0; i < p; i++) {
        f[s][i] = r.nextGaussian();
      }
      for (int m = 0; m < k; m++) {
        y[s][m] = r.nextGaussian();
      }
      acc.add(f[s], y[s]);
    }
    double[] g = acc.gram();
    double[] c = acc.cross();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double ref = 0;
        for (int s = 0; s < t; s++) {
          ref += f[s][i] * f[s][j];
        }
        assertThat(g[i * p + j]).isCloseTo(ref, within(1e-11 * t));
      }
      for (int m = 0; m < k; m++) {
        double ref = 0;
        for (int s = 0; s < t; s++) {
          ref += f[s][i] * y[s][m];
        }
        assertThat(c[i * k + m]).isCloseTo(ref, within(1e-11 * t));
      }
    }
    assertThat(acc.count()).isEqualTo(t);
  }

  @Test
  void parallelAndSequentialGiveTheSameBytes() {
    Random r = new Random(9);
    GramAccumulator a = new GramAccumulator(150, 2, 37, true);
    GramAccumulator b = new GramAccumulator(150, 2, 37, false);
    double[] f = new double[150];
    double[] y = new double[2];
    for (int s = 0; s < 500; s++) {
      for (int i = 0; i < f.length; i++) {
        f[i] = r.nextGaussian();
      }
      y[0] = r.nextGaussian();
      a.add(f, y);
      b.add(f, y);
    }
    assertThat(a.gram()).containsExactly(b.gram());
    assertThat(a.cross()).containsExactly(b.cross());
  }

  @Test
  void tracksTheLargestFeatureAndCannotBeReusedAfterSolve() {
    GramAccumulator a = new GramAccumulator(2, 1, 4, false);
    a.add(new double[] {1, -7}, new double[] {1});
    a.add(new double[] {3, 2}, new double[] {2});
    assertThat(a.maxAbsFeature()).isEqualTo(7.0);
    a.solve(1.0);
    assertThatThrownBy(() -> a.add(new double[] {1, 1}, new double[] {1}))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new GramAccumulator(0, 1, 1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features");
  }
}
