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
  @CsvSource({"3, 2, 500", "3, 4, 77", "8, 2, 9000", "8, 4, 2600", "5, 3, 33"})
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
    assertThat(a.solver()).isEqualTo("cholesky");
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

  /**
   * Against the naive Gram matrix &Phi;<sup>T</sup>&Phi; of the explicit T &times; P feature matrix
   * (plain triple loop in time order): every entry within 1e-12 of the sum of the absolute values of
   * its terms, &Sigma;<sub>t</sub> |&phi;<sub>a</sub> &phi;<sub>b</sub>| (a summation-error bound, so
   * entries that cancel to near zero are judged fairly); the same for the cross term. The lengths cover
   * a partial last tile, a partial last block and several blocks; the inputs are Gaussian, scaled by
   * three so that the degree-8 moments span many orders of magnitude.
   */
  @ParameterizedTest
  @CsvSource({"8, 4, 300", "3, 4, 2100", "8, 2, 77", "2, 5, 2100"})
  void normalEquationsMatchTheNaiveFeatureGram(int k, int degree, int length) {
    Rng rng = Rng.of(11L * k + degree, "naive-gram");
    double[][] rows = new double[length][k];
    for (double[] r : rows) {
      for (int v = 0; v < k; v++) {
        r[v] = 3 * rng.gaussian();
      }
    }
    List<String> names = new ArrayList<>();
    for (int v = 0; v < k; v++) {
      names.add("x" + v);
    }
    TimeSeries s = TimeSeries.ofRows(rows, 0.01, names);
    PolynomialFeatures phi = new PolynomialFeatures(k, degree);
    int p = phi.size();
    int t = length - 1;
    double[][] features = new double[t][p];
    for (int i = 0; i < t; i++) {
      phi.evaluate(rows[i], features[i]);
    }
    MomentGram mg = new MomentGram(phi);
    MomentGram.Sums sums = mg.accumulate(s, 0, length, true);
    double[] g = mg.gram(sums.moments());
    double maxAbs = 0;
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        double naive = 0;
        double abs = 0;
        for (int i = 0; i < t; i++) {
          naive += features[i][a] * features[i][b];
          abs += Math.abs(features[i][a] * features[i][b]);
        }
        assertThat(Math.abs(g[a * p + b] - naive)).as("G[%d][%d]", a, b)
            .isLessThanOrEqualTo(1e-12 * abs);
      }
      for (int m = 0; m < k; m++) {
        double naive = 0;
        double abs = 0;
        for (int i = 0; i < t; i++) {
          naive += features[i][a] * rows[i + 1][m];
          abs += Math.abs(features[i][a] * rows[i + 1][m]);
        }
        assertThat(Math.abs(sums.cross()[a * k + m] - naive)).as("C[%d][%d]", a, m)
            .isLessThanOrEqualTo(1e-12 * abs);
      }
      for (int i = 0; i < t; i++) {
        maxAbs = Math.max(maxAbs, Math.abs(features[i][a]));
      }
    }
    assertThat(sums.maxAbsFeature()).isEqualTo(maxAbs);
    assertThat(g[0]).isEqualTo(t);
  }

  /** A singular system (constant data, no ridge) is refused with a message that says so. */
  @Test
  void singularSystemIsRefused() {
    double[][] rows = new double[30][3];
    TimeSeries s = TimeSeries.ofRows(rows, 0.01, List.of("a", "b", "c"));
    MomentGram mg = new MomentGram(new PolynomialFeatures(3, 2));
    MomentGram.Sums sums = mg.accumulate(s, 0, 30, false);
    assertThatThrownBy(() -> mg.solve(sums, 0.0)).hasMessageContaining("singular");
    assertThat(mg.solve(sums, 1e-4).solver()).isEqualTo("cholesky");
  }

  @Test
  void largestFeatureIsNanWhenTheDataHoldANan() {
    double[][] rows = new double[40][3];
    for (int i = 0; i < 40; i++) {
      rows[i] = new double[] {i * 0.1, -i * 0.2, 1};
    }
    rows[17][1] = Double.NaN;
    TimeSeries s = TimeSeries.ofRows(rows, 0.01, List.of("a", "b", "c"));
    MomentGram mg = new MomentGram(new PolynomialFeatures(3, 3));
    assertThat(mg.accumulate(s, 0, 40, false).maxAbsFeature()).isNaN();
    // below one in magnitude the constant feature is the largest
    assertThat(mg.accumulate(s, 0, 5, false).maxAbsFeature()).isEqualTo(1.0);
  }

  /** The kernels against plain dot products, for every start variable (groups of 4, 2 and 1). */
  @Test
  void dotKernelsSumEveryVariableInGroupsOfFourTwoAndOne() {
    int tile = MomentGram.TILE;
    Rng rng = Rng.of(5, "dots");
    double[] w = new double[tile];
    double[] z = new double[tile];
    double[][] x = new double[8][tile];
    for (int l = 0; l < tile; l++) {
      w[l] = rng.gaussian();
      z[l] = rng.gaussian();
      for (double[] row : x) {
        row[l] = rng.gaussian();
      }
    }
    for (int v0 = 0; v0 < 8; v0++) {
      double[] sums = new double[12];
      double[] weighted = new double[12];
      sums[3] = 0.5;
      weighted[3] = 0.5;
      MomentGram.dots(w, x, v0, 8, sums, 3);
      MomentGram.weightedDots(w, z, x, v0, 8, weighted, 3);
      for (int v = v0; v < 8; v++) {
        double naive = v == v0 ? 0.5 : 0;
        double abs = 0.5;
        double naiveW = naive;
        double absW = 0.5;
        for (int l = 0; l < tile; l++) {
          naive += w[l] * x[v][l];
          abs += Math.abs(w[l] * x[v][l]);
          naiveW += w[l] * z[l] * x[v][l];
          absW += Math.abs(w[l] * z[l] * x[v][l]);
        }
        assertThat(Math.abs(sums[3 + v - v0] - naive)).as("v0 %d v %d", v0, v)
            .isLessThanOrEqualTo(1e-14 * abs);
        assertThat(Math.abs(weighted[3 + v - v0] - naiveW)).as("weighted v0 %d v %d", v0, v)
            .isLessThanOrEqualTo(1e-14 * absW);
      }
      for (double[] out : new double[][] {sums, weighted}) {
        assertThat(out[2]).isZero();
        for (int i = 3 + 8 - v0; i < out.length; i++) {
          assertThat(out[i]).isZero();
        }
      }
    }
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
