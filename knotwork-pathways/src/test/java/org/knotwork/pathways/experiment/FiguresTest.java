package org.knotwork.pathways.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.theory.ReducedModel;
import org.knotwork.pathways.train.Snapshot;

class FiguresTest {

  /** Check 8: reduced model statistics of figure 3 (S = 10, c = 1, Euler dt = 0.001, t = 10). */
  @Test
  void check8Figure3Statistics() {
    PhasePlaneSpec spec = Figures.figure3().withStarts(400);
    PhasePlaneResult r = PhasePlane.run(spec);
    double[][] population = {{0.556, 0.632, 0.827, 0.884}, {0.506, 0.515, 0.574, 0.629}};
    int[] depths = {2, 3, 8, 13};
    double[] spreads = {0.1, 0.01};
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 4; k++) {
        PhasePlaneStats st = r.panel(spreads[i], depths[k]).stats();
        assertThat(st.meanWinnerShare()).as("sd %s D %d", spreads[i], depths[k])
            .isCloseTo(population[i][k], within(0.03));
        assertThat(st.largerPWins()).isEqualTo(1.0);
        assertThat(st.maxSumError()).isLessThan(1e-9);
        // Euler at dt = 0.001 versus the exact invariant end state (first-order error)
        assertThat(st.maxEndStateGap()).isLessThan(0.02);
      }
    }
    // specialisation needs depth and spread: means rise with depth in each row
    for (int i = 0; i < 2; i++) {
      for (int k = 1; k < 4; k++) {
        assertThat(r.panel(spreads[i], depths[k]).stats().meanWinnerShare())
            .isGreaterThan(r.panel(spreads[i], depths[k - 1]).stats().meanWinnerShare());
      }
    }
  }

  @Test
  void rk4PhasePlaneEndsOnTheExactEndState() {
    PhasePlaneSpec spec = new PhasePlaneSpec(List.of(3, 13), List.of(0.1), 10, 10, 1, 1e-4,
        100_000, 10_000, ReducedModel.Scheme.RK4, 7L, 3);
    PhasePlaneResult r = PhasePlane.run(spec);
    for (PhasePlanePanel p : r.panels()) {
      assertThat(p.stats().maxEndStateGap()).isLessThan(1e-8);
      assertThat(p.times()).hasSize(11);
      assertThat(p.times()[10]).isCloseTo(10.0, within(1e-9));
      assertThat(p.field()).hasDimensions(3, 3);
    }
  }

  @Test
  void presetsCarryTheAuthorsSettings() {
    ExperimentSpec f5 = Figures.figure5(Scale.FULL);
    assertThat(f5.runs()).extracting(run -> run.train().steps())
        .containsExactly(1000, 10_000, 10_000, 20_000);
    assertThat(f5.runs()).allSatisfy(run -> {
      assertThat(run.seed()).isEqualTo(576L);
      assertThat(run.widths()).containsExactly(1000, 1000);
      assertThat(run.init().eps()).isCloseTo(0.01, within(1e-15));
      assertThat(run.train().lr()).isEqualTo(0.01);
      assertThat(run.train().loss()).isEqualTo(LossConvention.SUM);
      assertThat(run.activation()).isEqualTo(Activation.LINEAR);
    });
    assertThat(Figures.figure6(Scale.REDUCED).runs()).extracting(NetworkRunSpec::seed)
        .containsExactly(345345L, 128373L);
    ExperimentSpec f7 = Figures.figure7(Scale.QUICK);
    assertThat(f7.runs()).extracting(run -> run.train().steps())
        .containsExactly(10_000, 10_000, 20_000, 20_000);
    assertThat(f7.runs()).allSatisfy(run -> {
      assertThat(run.activation()).isEqualTo(Activation.RELU);
      assertThat(run.readoutActivation()).isTrue();
      assertThat(run.seed()).isEqualTo(63535L);
    });
    ExperimentSpec f8 = Figures.figure8(Scale.QUICK);
    assertThat(f8.runs()).extracting(run -> run.train().steps())
        .containsExactly(10_000, 10_000, 10_000, 20_000);
    assertThat(f8.runs().get(0).activation()).isEqualTo(Activation.TANH);
    assertThat(Figures.unequalDepths(Scale.QUICK).runs()).extracting(NetworkRunSpec::depths)
        .contains(List.of(1, 3), List.of(2, 4), List.of(3, 7));
    PhasePlaneSpec f3 = Figures.figure3();
    assertThat(f3.depths()).containsExactly(2, 3, 8, 13);
    assertThat(f3.spreads()).containsExactly(0.1, 0.01);
    assertThat(f3.starts()).isEqualTo(100);
    assertThat(f3.dt() * f3.steps()).isCloseTo(10.0, within(1e-12));
    assertThat(Scale.REDUCED.width() * Scale.REDUCED.eps() * Scale.REDUCED.eps())
        .isCloseTo(0.1, within(1e-15));
    assertThatThrownBy(() -> Figures.network("9", Scale.QUICK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("figure must be");
  }

  @Test
  void figure4RecordsTheFirstNineStepsOfPathwayA() {
    ExperimentResult r = Experiments.run(Figures.figure4(Scale.QUICK), 1,
        ExperimentListener.NONE);
    NetworkRunResult run = r.runs().get(0);
    List<Snapshot> snaps = run.trace().snapshots();
    assertThat(snaps).extracting(Snapshot::step).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(snaps.get(0).k()[0]).hasDimensions(15, 8);
    // kernel regime: the top mode of pathway a grows at every step
    for (int i = 1; i < snaps.size(); i++) {
      assertThat(snaps.get(i).k()[0][0][0]).isGreaterThan(snaps.get(i - 1).k()[0][0][0]);
    }
    assertThat(run.trace().size()).isEqualTo(10);
  }
}
