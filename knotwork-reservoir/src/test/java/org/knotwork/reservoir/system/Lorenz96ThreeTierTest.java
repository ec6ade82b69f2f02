package org.knotwork.reservoir.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.experiment.Lorenz96Data;

/** Notes checks 3 and 4. */
class Lorenz96ThreeTierTest {
  private static final Lorenz96ThreeTier SYS = Lorenz96ThreeTier.standard();

  @Test
  void unitValuesAtTheForcedRestState() {
    double[] s = new double[SYS.dimension()];
    Arrays.fill(s, 0, 8, 20.0);
    double[] d = new double[s.length];
    SYS.derivative(s, d);
    assertThat(SYS.dimension()).isEqualTo(584);
    for (int k = 0; k < 8; k++) {
      assertThat(d[k]).isEqualTo(0.0);
    }
    for (int q = 8; q < 72; q++) {
      assertThat(d[q]).isEqualTo(20.0);
    }
    for (int q = 72; q < 584; q++) {
      assertThat(d[q]).isEqualTo(0.0);
    }
  }

  @Test
  void matchesANaiveThreeDimensionalImplementationForBothRingConventions() {
    Random rnd = new Random(11);
    for (RingConvention rc : RingConvention.values()) {
      Lorenz96ThreeTier sys = SYS.withRings(rc);
      for (int trial = 0; trial < 5; trial++) {
        double[] s = new double[sys.dimension()];
        for (int q = 0; q < s.length; q++) {
          s[q] = rnd.nextGaussian() * (q < 8 ? 5 : 1);
        }
        double[] d = new double[s.length];
        sys.derivative(s, d);
        double[] ref = naive(sys, s);
        for (int q = 0; q < s.length; q++) {
          assertThat(d[q]).as("%s component %d", rc, q)
              .isCloseTo(ref[q], within(1e-12 * (1 + Math.abs(ref[q]))));
        }
      }
    }
  }

  @Test
  void flatteningTheRingsChangesTheDynamics() {
    Random rnd = new Random(12);
    double[] s = new double[SYS.dimension()];
    for (int q = 0; q < s.length; q++) {
      s[q] = rnd.nextGaussian();
    }
    double[] a = new double[s.length];
    double[] b = new double[s.length];
    SYS.derivative(s, a);
    SYS.withRings(RingConvention.CHAINED).derivative(s, b);
    assertThat(Arrays.copyOf(a, 8)).containsExactly(Arrays.copyOf(b, 8)); // X tier unaffected
    // Y at the column boundary j = J-1 uses Y_{1,k} (per column) or Y_{1,k+1} (chained)
    int y = SYS.yIndex(7, 2);
    assertThat(a[y]).isNotEqualTo(b[y]);
    int z = SYS.zIndex(0, 3, 1);
    assertThat(a[z]).isNotEqualTo(b[z]);
  }

  @Test
  void xStatisticsAfterSpinUpAtCiLength() {
    Lorenz96Data data = Lorenz96Data.standard(5, 100_000);
    double[] v = data.load().values();
    double mean = Arrays.stream(v).average().orElseThrow();
    double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
    // (C) over 620 000 samples: mean 3.53, std 6.79, range [-19.7, 25.9]
    assertThat(mean).isBetween(3.1, 4.0);
    assertThat(Math.sqrt(var)).isBetween(6.4, 7.2);
    assertThat(Arrays.stream(v).min().orElseThrow()).isBetween(-25.0, -12.0);
    assertThat(Arrays.stream(v).max().orElseThrow()).isBetween(18.0, 30.0);
  }

  @Test
  @Tag("slow")
  void xStatisticsOverHalfAMillionSamplesAndBoundedForAMillionSteps() {
    Lorenz96Data data = Lorenz96Data.standard(5, 1_000_000);
    double[] v = data.load().values();
    assertThat(Arrays.stream(v).allMatch(Double::isFinite)).isTrue();
    double mean = Arrays.stream(v).average().orElseThrow();
    double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
    assertThat(mean).isCloseTo(3.53, within(0.2));
    assertThat(Math.sqrt(var)).isCloseTo(6.79, within(0.2));
    assertThat(Arrays.stream(v).min().orElseThrow()).isBetween(-24.0, -17.0);
    assertThat(Arrays.stream(v).max().orElseThrow()).isBetween(23.0, 30.0);
  }

  @Test
  void initialStateFollowsTheGeneratorRecipe() {
    double[] x0 = Lorenz96Data.standard(9, 10).initialState();
    for (int k = 0; k < 8; k++) {
      assertThat(x0[k]).isBetween(-5.0, 5.0);
      assertThat(x0[k]).isEqualTo(Math.rint(x0[k]));
    }
    double zRms = 0;
    for (int q = 72; q < 584; q++) {
      zRms += x0[q] * x0[q];
    }
    assertThat(Math.sqrt(zRms / 512)).isBetween(0.04, 0.06);
    assertThat(Lorenz96Data.standard(9, 10).initialState()).containsExactly(x0);
    assertThat(Rng.of(9, "l96-initial-state")).isNotNull();
  }

  @Test
  void rejectsBadSizes() {
    assertThatThrownBy(() -> new Lorenz96ThreeTier(3, 8, 8, 20, 1, 10, 10, 10, 10, 1,
        RingConvention.PER_COLUMN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k");
  }

  /** Textbook form with explicit 3-D indices and modular arithmetic. */
  private static double[] naive(Lorenz96ThreeTier p, double[] s) {
    int kk = p.k();
    int jj = p.j();
    int ii = p.i();
    double[] x = new double[kk];
    double[][] y = new double[jj][kk];
    double[][][] z = new double[ii][jj][kk];
    for (int k = 0; k < kk; k++) {
      x[k] = s[k];
      for (int j = 0; j < jj; j++) {
        y[j][k] = s[p.yIndex(j, k)];
        for (int i = 0; i < ii; i++) {
          z[i][j][k] = s[p.zIndex(i, j, k)];
        }
      }
    }
    boolean chained = p.rings() == RingConvention.CHAINED;
    double[] d = new double[s.length];
    for (int k = 0; k < kk; k++) {
      double sum = 0;
      for (int j = 0; j < jj; j++) {
        sum += y[j][k];
      }
      d[k] = x[Math.floorMod(k - 1, kk)] * (x[(k + 1) % kk] - x[Math.floorMod(k - 2, kk)]) - x[k]
          + p.forcing() - p.h() * p.c() / p.b() * sum;
      for (int j = 0; j < jj; j++) {
        double sz = 0;
        for (int i = 0; i < ii; i++) {
          sz += z[i][j][k];
        }
        double yp1 = chained ? yFlat(y, j + 1, k, jj, kk) : y[(j + 1) % jj][k];
        double yp2 = chained ? yFlat(y, j + 2, k, jj, kk) : y[(j + 2) % jj][k];
        double ym1 = chained ? yFlat(y, j - 1, k, jj, kk) : y[Math.floorMod(j - 1, jj)][k];
        d[p.yIndex(j, k)] = -p.c() * p.b() * yp1 * (yp2 - ym1) - p.c() * y[j][k]
            + p.h() * p.c() / p.b() * x[k] - p.h() * p.e() / p.d() * sz;
        for (int i = 0; i < ii; i++) {
          double zm1 = chained ? zFlat(z, i - 1, j, k, ii, jj, kk) : z[Math.floorMod(i - 1, ii)][j][k];
          double zp1 = chained ? zFlat(z, i + 1, j, k, ii, jj, kk) : z[(i + 1) % ii][j][k];
          double zm2 = chained ? zFlat(z, i - 2, j, k, ii, jj, kk) : z[Math.floorMod(i - 2, ii)][j][k];
          d[p.zIndex(i, j, k)] = p.e() * p.d() * zm1 * (zp1 - zm2) - p.gZ() * p.e() * z[i][j][k]
              + p.h() * p.e() / p.d() * y[j][k];
        }
      }
    }
    return d;
  }

  /** Y_{j,k} with j beyond [0, J) continuing into the neighbouring column (one chained ring). */
  private static double yFlat(double[][] y, int j, int k, int jj, int kk) {
    int flat = Math.floorMod(k * jj + j, jj * kk);
    return y[flat % jj][flat / jj];
  }

  private static double zFlat(double[][][] z, int i, int j, int k, int ii, int jj, int kk) {
    int flat = Math.floorMod((k * jj + j) * ii + i, ii * jj * kk);
    int col = flat / ii;
    return z[flat % ii][col % jj][col / jj];
  }
}
