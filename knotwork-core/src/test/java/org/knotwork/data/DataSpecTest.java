package org.knotwork.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DataSpecTest {

  @Test
  void hullGridSpansTheDataEvenly() {
    Dataset d = new Dataset(new double[] {0.5, -1.5, 2.5}, new double[] {1, 2, 3});
    assertThat(d.hullGrid(5)).containsExactly(-1.5, -0.5, 0.5, 1.5, 2.5);
    assertThat(d.hullGrid(1)).containsExactly(-1.5);
    assertThat(new Dataset(new double[] {2, 2}, new double[] {0, 1}).hullGrid(3))
        .containsExactly(2.0, 2.0, 2.0);
    assertThatThrownBy(() -> d.hullGrid(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points must be >= 1");
  }

  @Test
  void sameSpecGivesTheSameBytes() {
    DataSpec s = new DataSpec(Target.SIN3, 40, -1, 1, true, 0.1, 7);
    assertThat(s.generate()).isEqualTo(s.generate());
    assertThat(new DataSpec(Target.SIN3, 40, -1, 1, true, 0.1, 8).generate())
        .isNotEqualTo(s.generate());
  }

  @Test
  void gridIncludesEndpointsAndNoiseFreeTargetsAreExact() {
    Dataset d = DataSpec.grid(Target.ABS, 5).generate();
    assertThat(d.x()).containsExactly(-1, -0.5, 0, 0.5, 1);
    assertThat(d.y()).containsExactly(1, 0.5, 0, 0.5, 1);
  }

  @Test
  void noiseHasTheRequestedStandardDeviation() {
    int n = 200_000;
    Dataset d = new DataSpec(Target.ZERO, n, 0, 1, true, 0.3, 1).generate();
    double s2 = 0;
    double m = 0;
    for (int i = 0; i < n; i++) {
      m += d.y(i);
      s2 += d.y(i) * d.y(i);
      assertThat(d.x(i)).isBetween(0.0, 1.0);
    }
    // E[y] = 0 with standard error 0.3/sqrt(n); Var y = 0.09 with s.e. 0.09*sqrt(2/n)
    assertThat(m / n).isCloseTo(0.0, within(4 * 0.3 / Math.sqrt(n)));
    assertThat(s2 / n).isCloseTo(0.09, within(4 * 0.09 * Math.sqrt(2.0 / n)));
  }

  @Test
  void invalidSpecsNameTheField() {
    assertThatThrownBy(() -> new DataSpec(Target.SIN, 0, -1, 1, false, 0, 0))
        .hasMessageContaining("n must be at least 1");
    assertThatThrownBy(() -> new DataSpec(Target.SIN, 5, 1, -1, false, 0, 0))
        .hasMessageContaining("xMax");
    assertThatThrownBy(() -> new DataSpec(Target.SIN, 5, -1, 1, false, -1, 0))
        .hasMessageContaining("noise");
    assertThatThrownBy(() -> Target.parse("cosine")).hasMessageContaining("target must be one of");
    assertThatThrownBy(() -> new Dataset(new double[0], new double[0]))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> new Dataset(new double[] {1, Double.POSITIVE_INFINITY},
        new double[] {1, 2})).hasMessageContaining("x[1]");
  }

  @Test
  void wiggly8IsTheNotesDataSet() {
    Dataset d = Dataset.wiggly8();
    assertThat(d.size()).isEqualTo(8);
    assertThat(d.x(0)).isEqualTo(-1.0);
    assertThat(d.x(7)).isEqualTo(1.0);
    assertThat(d.y()).containsExactly(0, 0.8, -0.5, 0.3, 1.0, -0.7, 0.2, 0.5);
  }
}
