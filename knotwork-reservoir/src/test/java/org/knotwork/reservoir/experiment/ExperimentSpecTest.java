package org.knotwork.reservoir.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;

class ExperimentSpecTest {
  private static final List<ModelSpec> ONE = List.of(new D2r2Spec("d", 2, 1e-4));

  private static ExperimentSpec spec(TestWindows w, List<ModelSpec> models, int train) {
    return new ExperimentSpec("t", Lorenz63Data.authors(10_000), Scaling.STD_PER_COMPONENT, train, w,
        50, 0.3, models, List.of(Precision.BINARY64), 1, 0, 0, false, false);
  }

  @Test
  void everyPresetIsValidAtBothScales() {
    for (String name : Experiments.NAMES) {
      for (Experiments.Scale s : Experiments.Scale.values()) {
        ExperimentSpec e = Experiments.byName(name, s);
        assertThat(e.windows().count()).isGreaterThanOrEqualTo(100);
        assertThat(e.threshold()).isEqualTo(0.3);
        assertThat(e.name()).startsWith(name);
      }
    }
    ExperimentSpec full = Experiments.lorenz96Comparison(Experiments.Scale.FULL);
    assertThat(full.trainLength()).isEqualTo(500_000);
    assertThat(full.data().length()).isEqualTo(620_000);
    assertThat(((EsnSpec) full.models().get(2)).config().reservoirSize()).isEqualTo(2000);
    assertThat(Experiments.lorenz96ExponentSweep(Experiments.Scale.CI).precisions()).hasSize(8);
  }

  @Test
  void rejectsWindowsThatOverlapTheTrainingSegment() {
    assertThatThrownBy(() -> spec(new TestWindows(3000, 10, 100, 100), ONE, 5000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstOrigin");
    assertThat(spec(TestWindows.afterTraining(5000, 0, 10, 100, 100), ONE, 5000).trainLength())
        .isEqualTo(5000);
  }

  @Test
  void rejectsWindowsBeyondTheData() {
    assertThatThrownBy(() -> spec(TestWindows.afterTraining(5000, 0, 100, 100, 100), ONE, 5000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
  }

  @Test
  void rejectsDuplicateModelNamesAndBadFields() {
    TestWindows w = TestWindows.afterTraining(5000, 0, 10, 100, 100);
    assertThatThrownBy(() -> spec(w, List.of(new D2r2Spec("m", 2, 0),
        new EsnSpec("m", EsnConfig.lsrLorenz63())), 5000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> spec(w, List.of(), 5000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("models");
    assertThatThrownBy(() -> new D2r2Spec("x", 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("degree");
    assertThatThrownBy(() -> Experiments.byName("l99", Experiments.Scale.CI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l63-comparison");
    assertThatThrownBy(() -> Experiments.Scale.parse("huge"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
    assertThatThrownBy(() -> new ExperimentSpec("bad name", Lorenz63Data.authors(10_000),
        Scaling.NONE, 5000, w, 50, 0.3, ONE, List.of(Precision.BINARY64), 1, 0, 0, false, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }

  @Test
  void runsOnAUserSuppliedSeries() {
    Lorenz63Data src = Lorenz63Data.authors(6_000);
    SeriesData own = new SeriesData("own", src.load());
    ExperimentSpec e = new ExperimentSpec("own", own, Scaling.ZSCORE_PER_COMPONENT, 5000,
        TestWindows.afterTraining(5000, 0, 9, 100, 100), 10, 0.3,
        List.of(new D2r2Spec("d3", 3, 1e-4), new EsnSpec("esn", EsnConfig.lsrLorenz63())),
        List.of(Precision.BINARY64), 3, 1, 0, false, false);
    ExperimentResult r = ExperimentRunner.run(e);
    assertThat(r.models()).hasSize(2);
    assertThat(r.model("d3").runs().get(0).score().windows()).isEqualTo(9);
    assertThat(r.data().lyapunovExponent()).isNaN();
    assertThat(r.data().scaler().scaling()).isEqualTo(Scaling.ZSCORE_PER_COMPONENT);
    assertThat(r.cost().baseline()).isEqualTo("d3");
    ExperimentResult again = ExperimentRunner.run(e.withNameAndSeed("own", 3));
    assertThat(again.model("esn").runs().get(0).score().horizons())
        .containsExactly(r.model("esn").runs().get(0).score().horizons());
  }
}
