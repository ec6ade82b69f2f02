package org.knotwork.pathways.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.junit.jupiter.api.Test;
import org.knotwork.pathways.data.CorrelationSvd;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.data.ModeBlock;
import org.knotwork.common.random.Rng;

class PathwaySharesTest {
  private final IoData data = Hierarchy.shiEtAl();
  private final CorrelationSvd svd = CorrelationSvd.of(data);

  /** A converged-looking pair: Omega_a random-ish, Omega_b = Sigma - Omega_a. */
  private double[][] pair(long seed) {
    Rng rng = Rng.of(seed, "pair");
    double[][] sigma = data.inputOutputCorrelation();
    double[] a = new double[120];
    double[] b = new double[120];
    for (int o = 0; o < 15; o++) {
      for (int i = 0; i < 8; i++) {
        a[o * 8 + i] = sigma[o][i] * rng.uniform() + 0.05 * rng.gaussian();
        b[o * 8 + i] = sigma[o][i] - a[o * 8 + i];
      }
    }
    return new double[][] {a, b};
  }

  static double[][] randomOrthogonal(int n, Rng rng) {
    DMatrixRMaj g = new DMatrixRMaj(n, n);
    for (int i = 0; i < n * n; i++) {
      g.data[i] = rng.gaussian();
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
    qr.decompose(g);
    DMatrixRMaj q = qr.getQ(null, false);
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = q.get(i, j);
      }
    }
    return out;
  }

  /** Check 13: shares inside degenerate blocks do not change when the block basis is rotated. */
  @Test
  void check13SharesAreInvariantToRotationsInsideDegenerateBlocks() {
    double[][] maps = pair(1);
    PathwayShares base = PathwayShares.of(svd, maps);
    Rng rng = Rng.of(2, "rotations");
    for (int trial = 0; trial < 5; trial++) {
      CorrelationSvd rot = svd.rotateBlock(2, randomOrthogonal(2, rng))
          .rotateBlock(3, randomOrthogonal(4, rng));
      PathwayShares s = PathwayShares.of(rot, maps);
      for (int j = 0; j < 2; j++) {
        for (int d = 0; d < 8; d++) {
          assertThat(s.shares()[j][d]).isCloseTo(base.shares()[j][d], within(1e-12));
        }
      }
      assertThat(s.specializationIndex()).isCloseTo(base.specializationIndex(), within(1e-12));
      // the individual diagonal entries of K do change
      double[] k0 = ModeCoordinates.strengths(svd, maps[0]);
      double[] k1 = ModeCoordinates.strengths(rot, maps[0]);
      double change = 0;
      for (int a = 4; a < 8; a++) {
        change = Math.max(change, Math.abs(k1[a] - k0[a]));
      }
      assertThat(change).isGreaterThan(1e-3);
    }
  }

  @Test
  void singletonBlockShareIsTheModeStrengthOverTheSingularValue() {
    double[][] maps = pair(3);
    PathwayShares s = PathwayShares.of(svd, maps);
    double[] k = ModeCoordinates.strengths(svd, maps[0]);
    assertThat(s.shares()[0][0]).isCloseTo(k[0] / Math.sqrt(15), within(1e-13));
    assertThat(s.shares()[0][1]).isCloseTo(k[1] / Math.sqrt(7), within(1e-13));
  }

  @Test
  void complementaryPathwaysHaveComplementaryShares() {
    double[][] maps = pair(4);
    PathwayShares s = PathwayShares.of(svd, maps);
    for (ModeBlock b : svd.blocks()) {
      for (int d = 0; d < b.size(); d++) {
        // sym(M_b) = I - sym(M_a): eigenvalues 1 - r_a in reverse order
        assertThat(s.shares()[1][b.start() + d])
            .isCloseTo(1 - s.shares()[0][b.end() - 1 - d], within(1e-12));
      }
    }
  }

  @Test
  void specializationIndexOfHandBuiltSplits() {
    double[] s = svd.singularValues();
    double[] half = new double[120];
    double[] alt = new double[120];
    double[] rest = new double[120];
    for (int o = 0; o < 15; o++) {
      for (int i = 0; i < 8; i++) {
        double h = 0;
        double a = 0;
        double r = 0;
        for (int m = 0; m < 8; m++) {
          double term = svd.u(o, m) * s[m] * svd.v(i, m);
          h += 0.5 * term;
          a += m % 2 == 0 ? term : 0;
          r += m % 2 == 0 ? 0 : term;
        }
        half[o * 8 + i] = h;
        alt[o * 8 + i] = a;
        rest[o * 8 + i] = r;
      }
    }
    assertThat(PathwayShares.of(svd, new double[][] {half, half}).specializationIndex())
        .isCloseTo(0, within(1e-12));
    assertThat(PathwayShares.of(svd, new double[][] {alt, rest}).specializationIndex())
        .isCloseTo(1, within(1e-12));
    assertThatThrownBy(() -> PathwayShares.of(svd, new double[][] {half}).specializationIndex())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 pathways");
  }
}
