package org.knotwork.reservoir.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes check 2 (normalisation rule) and &sect;11 (fit on the training segment only). */
class ScalerTest {
  // two components, four samples: x = 1, 2, 3, 4 ; y = 10, 10, 14, 14
  private static final TimeSeries S = TimeSeries.ofRows(
      new double[][] {{1, 10}, {2, 10}, {3, 14}, {4, 14}}, 0.1, List.of("x", "y"));

  @Test
  void stdPerComponentDividesByTheStdAndKeepsTheMean() {
    Scaler sc = Scaler.fit(S, Scaling.STD_PER_COMPONENT, 0, 4);
    // population std: x: sqrt(1.25), y: 2
    assertThat(sc.scale()[0]).isCloseTo(Math.sqrt(1.25), within(1e-15));
    assertThat(sc.scale()[1]).isCloseTo(2.0, within(1e-15));
    assertThat(sc.shift()).containsExactly(0.0, 0.0);
    TimeSeries t = sc.apply(S);
    assertThat(t.get(2, 1)).isCloseTo(7.0, within(1e-15));
    assertThat(t.get(0, 0)).isCloseTo(1 / Math.sqrt(1.25), within(1e-15));
  }

  @Test
  void globalZScoreUsesOneMeanAndOneStd() {
    Scaler sc = Scaler.fit(S, Scaling.ZSCORE_GLOBAL, 0, 4);
    double mean = (1 + 2 + 3 + 4 + 10 + 10 + 14 + 14) / 8.0;
    double var = 0;
    for (double v : new double[] {1, 2, 3, 4, 10, 10, 14, 14}) {
      var += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(var / 8);
    assertThat(sc.shift()).containsExactly(mean, mean);
    assertThat(sc.scale()[0]).isCloseTo(std, within(1e-14));
    assertThat(sc.scale()[1]).isCloseTo(std, within(1e-14));
  }

  @Test
  void perComponentZScore() {
    Scaler sc = Scaler.fit(S, Scaling.ZSCORE_PER_COMPONENT, 0, 4);
    TimeSeries t = sc.apply(S);
    double m = 0;
    double v = 0;
    for (int i = 0; i < 4; i++) {
      m += t.get(i, 1);
      v += t.get(i, 1) * t.get(i, 1);
    }
    assertThat(m / 4).isCloseTo(0, within(1e-15));
    assertThat(v / 4).isCloseTo(1, within(1e-14));
  }

  @Test
  void fitsOnTheTrainingSegmentOnly() {
    Scaler a = Scaler.fit(S, Scaling.ZSCORE_GLOBAL, 0, 2);
    TimeSeries changedFuture = TimeSeries.ofRows(
        new double[][] {{1, 10}, {2, 10}, {300, -14}, {4, 99}}, 0.1, null);
    Scaler b = Scaler.fit(changedFuture, Scaling.ZSCORE_GLOBAL, 0, 2);
    assertThat(b.shift()).containsExactly(a.shift());
    assertThat(b.scale()).containsExactly(a.scale());
  }

  @Test
  void invertUndoesApply() {
    Scaler sc = Scaler.fit(S, Scaling.ZSCORE_GLOBAL, 0, 4);
    double[] row = sc.apply(S).row(3);
    sc.invert(row);
    assertThat(row[0]).isCloseTo(4.0, within(1e-14));
    assertThat(row[1]).isCloseTo(14.0, within(1e-14));
  }

  @Test
  void rejectsConstantComponentsAndEmptySegments() {
    TimeSeries c = TimeSeries.ofRows(new double[][] {{1, 5}, {2, 5}, {3, 5}}, 1, null);
    assertThatThrownBy(() -> Scaler.fit(c, Scaling.STD_PER_COMPONENT, 0, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("component 1");
    assertThatThrownBy(() -> Scaler.fit(S, Scaling.ZSCORE_GLOBAL, 2, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment");
    assertThat(Scaler.fit(c, Scaling.NONE, 0, 3).apply(c).get(2, 0)).isEqualTo(3.0);
  }

  @Test
  void timeSeriesValidatesItsShape() {
    assertThatThrownBy(() -> new TimeSeries(new double[5], 2, 0.1, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple");
    assertThatThrownBy(() -> new TimeSeries(new double[4], 2, 0, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dt");
    assertThat(S.slice(1, 3).row(0)).containsExactly(2, 10);
    assertThat(S.names()).containsExactly("x", "y");
  }
}
