package org.knotwork.reservoir.d2r2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.linalg.GramAccumulator;
import org.knotwork.reservoir.linalg.RidgeSolution;
import org.knotwork.reservoir.series.TimeSeries;
import org.junit.jupiter.api.Test;

/**
 * The moment form of the D2R2 normal equations against the direct rank-k Gram accumulation (an
 * independent computation of the same sums), and its determinism.
 */
class MomentGramTest {

  private static TimeSeries series(int k, int length, long seed) {
    Rng rng = Rng.of(seed, "moment-gram");
    double[][] rows = new double[length][k];
    for (double[] r : rows) {
      for (int v = 0; v < k; v++) {
        r[v] = rng.gaussian();
      }
    }
    List<String> names = new ArrayList<>();
    for (int v = 0; v < k; v++) {
      names.add("x" + v);
    }
    return TimeSeries.ofRows(rows, 0.01, names);
  }

  @ParameterizedTest
  @CsvSource({"3, 2, 500", "3, 4, 77", "8, 2, 9000", "8, 4, 4200", "5, 3, 33"})
  void normalEquationsMatchTheDirectAccumulation(int k, int degree, int length) {
    TimeSeries s = series(k, length, 31L * k + degree);
    PolynomialFeatures phi = new PolynomialFeatures(k, degree);
    int p = phi.size();
    GramAccumulator direct = new GramAccumulator(p, k, 256, false);
    double[] u = new double[k];
    double[] y = new double[k];
    double[] f = new double[p];
    for (int t = 0; t < length - 1; t++) {
      s.row(t, u);
      s.row(t + 1, y);
      phi.evaluate(u, f);
      direct.add(f, y);
    }
    MomentGram mg = new MomentGram(phi);
    MomentGram.Sums sums = mg.accumulate(s, 0, length, false);
    assertThat(sums.count()).isEqualTo(length - 1);
    double[] g = mg.gram(sums.moments());
    double[] g0 = direct.gram();
    double scale = 0;
    for (double v : g0) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < p * p; i++) {
      assertThat(Math.abs(g[i] - g0[i])).as("G entry %d", i).isLessThanOrEqualTo(1e-12 * scale);
    }
    double[] c0 = direct.cross();
    double cs = 0;
    for (double v : c0) {
      cs = Math.max(cs, Math.abs(v));
    }
    for (int i = 0; i < c0.length; i++) {
      assertThat(Math.abs(sums.cross()[i] - c0[i])).isLessThanOrEqualTo(1e-12 * cs);
    }
    assertThat(sums.maxAbsFeature()).isEqualTo(direct.maxAbsFeature());
    RidgeSolution a = mg.solve(sums, 1e-4);
    RidgeSolution b = direct.solve(1e-4);
    double ws = 0;
    for (double v : b.weights()) {
      ws = Math.max(ws, Math.abs(v));
    }
    for (int i = 0; i < b.weights().length; i++) {
      assertThat(Math.abs(a.weights()[i] - b.weights()[i])).isLessThanOrEqualTo(1e-8 * ws);
    }
  }

  @Test
  void sameBytesInParallelAndInSequenceOverSeveralBlocks() {
    int length = 3 * MomentGram.BLOCK + 123;
    TimeSeries s = series(8, length, 7);
    MomentGram mg = new MomentGram(new PolynomialFeatures(8, 3));
    MomentGram.Sums seq = mg.accumulate(s, 5, length, false);
    MomentGram.Sums par = mg.accumulate(s, 5, length, true);
    assertThat(par.moments()).isEqualTo(seq.moments());
    assertThat(par.cross()).isEqualTo(seq.cross());
    assertThat(par.count()).isEqualTo(length - 6);
  }

  @Test
  void laneSumsAreBitForBitThePerSampleFeaturesSummedInOrder() {
    PolynomialFeatures phi = new PolynomialFeatures(4, 5);
    Rng rng = Rng.of(3, "lanes");
    int lanes = 8;
    int n = 5;
    double[] in = new double[4 * lanes];
    for (int i = 0; i < in.length; i++) {
      in[i] = rng.gaussian() * 3;
    }
    double[] sums = new double[phi.size() * lanes];
    sums[7 * lanes + 2] = 0.25;
    double[] expected = sums.clone();
    phi.sumLanes(in, new double[phi.lowerDegreeCount() * lanes], lanes, n, sums);
    double[] u = new double[4];
    double[] f = new double[phi.size()];
    for (int l = 0; l < n; l++) {
      for (int v = 0; v < 4; v++) {
        u[v] = in[v * lanes + l];
      }
      phi.evaluate(u, f);
      for (int j = 0; j < f.length; j++) {
        expected[j * lanes + l] += f[j];
      }
    }
    assertThat(sums).isEqualTo(expected);
    assertThat(phi.lowerDegreeCount()).isEqualTo((int) PolynomialFeatures.count(4, 4));
  }

  @Test
  void appliesOnlyWhereTheMomentsAreFewerThanTheGramEntries() {
    assertThat(MomentGram.applies(new PolynomialFeatures(8, 4))).isTrue();
    assertThat(new MomentGram(new PolynomialFeatures(8, 4)).momentCount()).isEqualTo(12_870);
    assertThat(MomentGram.applies(new PolynomialFeatures(8, 1))).isFalse();
    assertThatThrownBy(() -> new MomentGram(new PolynomialFeatures(8, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not pay");
  }
}
