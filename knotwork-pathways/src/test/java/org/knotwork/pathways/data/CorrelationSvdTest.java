package org.knotwork.pathways.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.SymmetricEigen;

class CorrelationSvdTest {

  @Test
  void check1SingularValuesOfTheHierarchicalData() {
    IoData d = Hierarchy.shiEtAl();
    CorrelationSvd svd = CorrelationSvd.of(d);
    double[] expected = {Math.sqrt(15), Math.sqrt(7), Math.sqrt(3), Math.sqrt(3), 1, 1, 1, 1};
    double[] s = svd.singularValues();
    assertThat(s).hasSize(8);
    for (int i = 0; i < 8; i++) {
      assertThat(s[i]).isCloseTo(expected[i], within(1e-12));
    }
    assertThat(svd.rank()).isEqualTo(8);
    assertThat(svd.blocks()).extracting(ModeBlock::start, ModeBlock::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 2),
            org.assertj.core.groups.Tuple.tuple(2, 4), org.assertj.core.groups.Tuple.tuple(4, 8));
    // Y^T Y (features x features): nonzero eigenvalues 15, 7, 3, 3, 1, 1, 1, 1 and 7 zeros
    double[][] yty = new double[15][15];
    for (int a = 0; a < 15; a++) {
      for (int b = 0; b < 15; b++) {
        for (int p = 0; p < 8; p++) {
          yty[a][b] += d.target(p, a) * d.target(p, b);
        }
      }
    }
    double[] ev = SymmetricEigen.values(yty).eigenvalues();
    double[] want = {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 3, 3, 7, 15};
    for (int i = 0; i < 15; i++) {
      assertThat(ev[i]).isCloseTo(want[i], within(1e-12));
    }
  }

  @Test
  void reconstructsTheCorrelationWithOrthonormalBases() {
    IoData d = Hierarchy.shiEtAl();
    CorrelationSvd svd = CorrelationSvd.of(d);
    assertReconstructs(svd, d.inputOutputCorrelation());
    // sign convention: entries of every v sum to >= 0; the top item vector is uniform
    for (int a = 0; a < 8; a++) {
      double sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += svd.v(i, a);
      }
      assertThat(sum).isGreaterThan(-1e-9);
    }
    for (int i = 0; i < 8; i++) {
      assertThat(svd.v(i, 0)).isCloseTo(1 / Math.sqrt(8), within(1e-12));
    }
  }

  @Test
  void rotatingADegenerateBlockGivesAnotherValidDecomposition() {
    IoData d = Hierarchy.shiEtAl();
    CorrelationSvd svd = CorrelationSvd.of(d);
    double th = 0.7;
    double[][] q = {{Math.cos(th), -Math.sin(th)}, {Math.sin(th), Math.cos(th)}};
    CorrelationSvd rot = svd.rotateBlock(2, q);
    assertReconstructs(rot, d.inputOutputCorrelation());
    assertThat(rot.v(0, 2)).isNotCloseTo(svd.v(0, 2), within(1e-3));
    assertThatThrownBy(() -> svd.rotateBlock(2, new double[][] {{1, 1}, {0, 1}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orthogonal");
    assertThatThrownBy(() -> svd.rotateBlock(9, q))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block");
  }

  @Test
  void rankDeficientDataHasAZeroBlockOutsideTheBlocks() {
    // two identical items: rank 2 of 3
    double[][] y = {{1, 0}, {1, 0}, {0, 1}};
    IoData d = IoData.oneHot(y, null, null);
    CorrelationSvd svd = CorrelationSvd.of(d);
    assertThat(svd.rank()).isEqualTo(2);
    assertThat(svd.singularValues()).hasSize(2);
    assertThat(svd.singularValue(0)).isCloseTo(Math.sqrt(2), within(1e-13));
    assertThat(svd.singularValue(1)).isCloseTo(1, within(1e-13));
    assertReconstructs(svd, d.inputOutputCorrelation());

    double[][] y2 = {{1, 0, 0}, {1, 0, 0}};
    CorrelationSvd svd2 = CorrelationSvd.of(IoData.oneHot(y2, null, null));
    assertThat(svd2.rank()).isEqualTo(1);
    assertThat(svd2.blocks()).hasSize(1);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> CorrelationSvd.of(new double[][] {{1, Double.NaN}}, 1e-9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigmaYx[0][1]");
    assertThatThrownBy(() -> CorrelationSvd.of(new double[][] {{1}}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> new IoData(new double[][] {{1}}, new double[][] {{1}, {2}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targets");
  }

  static void assertReconstructs(CorrelationSvd svd, double[][] sigma) {
    int m = svd.outputs();
    int n = svd.inputs();
    double[] s = svd.singularValues();
    for (int o = 0; o < m; o++) {
      for (int i = 0; i < n; i++) {
        double acc = 0;
        for (int a = 0; a < s.length; a++) {
          acc += svd.u(o, a) * s[a] * svd.v(i, a);
        }
        assertThat(acc).isCloseTo(sigma[o][i], within(1e-13));
      }
    }
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        double dot = 0;
        for (int o = 0; o < m; o++) {
          dot += svd.u(o, a) * svd.u(o, b);
        }
        assertThat(dot).isCloseTo(a == b ? 1 : 0, within(1e-13));
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
          dot += svd.v(i, a) * svd.v(i, b);
        }
        assertThat(dot).isCloseTo(a == b ? 1 : 0, within(1e-13));
      }
    }
  }
}
