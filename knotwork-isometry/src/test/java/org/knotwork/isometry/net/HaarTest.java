package org.knotwork.isometry.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;

/** Notes' checks 1 (exact orthogonality) and 2 (Haar moments, over seeds). */
class HaarTest {

  static double orthogonalityDefect(double[] q, int rows, int cols, boolean columns) {
    int m = columns ? cols : rows;
    double worst = 0;
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        double s = 0;
        int len = columns ? rows : cols;
        for (int k = 0; k < len; k++) {
          s += columns ? q[k * cols + a] * q[k * cols + b] : q[a * cols + k] * q[b * cols + k];
        }
        worst = Math.max(worst, Math.abs(s - (a == b ? 1 : 0)));
      }
    }
    return worst;
  }

  @Test
  void squareSamplesAreOrthogonalToRounding() {
    for (int n : new int[] {6, 64, 200}) {
      double[] q = Haar.sample(n, n, Rng.of(n, "haar"));
      assertThat(orthogonalityDefect(q, n, n, true)).as("N = %d", n).isLessThan(1e-12);
      assertThat(orthogonalityDefect(q, n, n, false)).as("N = %d", n).isLessThan(1e-12);
    }
  }

  @Test
  void rectangularSamplesHaveOrthonormalRowsOrColumns() {
    double[] wide = Haar.sample(64, 784, Rng.of(1, "haar"));
    assertThat(orthogonalityDefect(wide, 64, 784, false)).isLessThan(1e-12);
    double[] tall = Haar.sample(30, 7, Rng.of(2, "haar"));
    assertThat(orthogonalityDefect(tall, 30, 7, true)).isLessThan(1e-12);
  }

  /**
   * Check 2: over 10^4 draws of N = 8, mean Q_11 is 0 and mean Q_11^2 is 1/8, each within 4 standard
   * errors in each of three seeds (the unsigned Householder QR biases Q_11's sign).
   */
  @Test
  void firstEntryHasTheHaarMomentsInEverySeed() {
    int draws = 10_000;
    int n = 8;
    for (long seed = 0; seed < 3; seed++) {
      Rng rng = Rng.of(seed, "moments");
      double s1 = 0;
      double s2 = 0;
      double s4 = 0;
      for (int k = 0; k < draws; k++) {
        double q = Haar.sample(n, n, rng)[0];
        s1 += q;
        s2 += q * q;
        s4 += q * q * q * q;
      }
      double m1 = s1 / draws;
      double m2 = s2 / draws;
      double se1 = Math.sqrt(m2 / draws);
      double se2 = Math.sqrt((s4 / draws - m2 * m2) / draws);
      assertThat(Math.abs(m1)).as("seed %d mean Q11", seed).isLessThan(4 * se1);
      assertThat(Math.abs(m2 - 1.0 / n)).as("seed %d mean Q11^2", seed).isLessThan(4 * se2);
    }
  }
}
