package org.knotwork.pathways.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.SymmetricEigen;

class HierarchyTest {

  /** The table of notes §3.1, typed in by hand: rows = features, columns = items 1..8. */
  private static final int[][] NOTES_TABLE = {
      {1, 1, 1, 1, 1, 1, 1, 1},
      {1, 1, 1, 1, 0, 0, 0, 0},
      {0, 0, 0, 0, 1, 1, 1, 1},
      {1, 1, 0, 0, 0, 0, 0, 0},
      {0, 0, 1, 1, 0, 0, 0, 0},
      {0, 0, 0, 0, 1, 1, 0, 0},
      {0, 0, 0, 0, 0, 0, 1, 1},
  };

  @Test
  void shiEtAlDataMatchesTheNotesTable() {
    IoData d = Hierarchy.shiEtAl();
    assertThat(d.items()).isEqualTo(8);
    assertThat(d.inputs()).isEqualTo(8);
    assertThat(d.outputs()).isEqualTo(15);
    assertThat(d.isIdentityInput()).isTrue();
    for (int item = 0; item < 8; item++) {
      for (int f = 0; f < 7; f++) {
        assertThat(d.target(item, f)).as("feature %d item %d", f, item)
            .isEqualTo(NOTES_TABLE[f][item]);
      }
      for (int f = 7; f < 15; f++) {
        assertThat(d.target(item, f)).isEqualTo(f - 7 == item ? 1.0 : 0.0);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void itemGramEigenvaluesFollowTheLevelFormula(int levels) {
    IoData d = Hierarchy.binaryTree(levels);
    int items = 1 << levels;
    double[][] g = new double[items][items];
    for (int a = 0; a < items; a++) {
      for (int b = 0; b < items; b++) {
        double acc = 0;
        for (int f = 0; f < d.outputs(); f++) {
          acc += d.target(a, f) * d.target(b, f);
        }
        g[a][b] = acc;
      }
    }
    List<Double> expected = new ArrayList<>();
    expected.add(Math.pow(2, levels + 1) - 1);
    for (int k = 1; k <= levels; k++) {
      for (int m = 0; m < (1 << (k - 1)); m++) {
        expected.add(Math.pow(2, levels - k + 1) - 1);
      }
    }
    Collections.sort(expected);
    double[] ev = SymmetricEigen.values(g).eigenvalues();
    assertThat(ev).hasSize(expected.size());
    for (int i = 0; i < ev.length; i++) {
      assertThat(ev[i]).isCloseTo(expected.get(i), within(1e-10));
    }
  }

  @Test
  void rejectsUnsupportedDepth() {
    assertThatThrownBy(() -> Hierarchy.binaryTree(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levels");
    assertThatThrownBy(() -> Hierarchy.binaryTree(13))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levels");
  }
}
