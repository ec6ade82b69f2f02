package org.knotwork.pathways.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.train.ProgressListener;

class ExperimentsTest {

  private static NetworkRunSpec small(String name, long seed) {
    return new NetworkRunSpec(name, List.of(2, 3), List.of(24, 20), Activation.LINEAR, false,
        InitSpec.gaussian(0.06), 0.01, 300, LossConvention.SUM, seed, 50, List.of(0, 300));
  }

  @Test
  void runsInOrderReportsProgressAndIsReproducibleAcrossThreadCounts() {
    ExperimentSpec spec = new ExperimentSpec("tiny", "two runs", 3,
        List.of(small("a", 1), small("b", 2)));
    List<String> seen = new ArrayList<>();
    ExperimentResult r1 = Experiments.run(spec, 1,
        (run, index, runs, step, steps, loss) -> seen.add(run + ":" + index + "/" + runs + "@"
            + step));
    ExperimentResult r2 = Experiments.run(spec, 2, ExperimentListener.NONE);
    assertThat(r1.runs()).extracting(x -> x.spec().name()).containsExactly("a", "b");
    assertThat(seen).startsWith("a:0/2@0").contains("b:1/2@300").hasSize(14);
    for (int i = 0; i < 2; i++) {
      assertThat(r2.runs().get(i).trace().loss()).containsExactly(r1.runs().get(i).trace().loss());
      assertThat(r2.runs().get(i).trace().finalMaps()[1])
          .containsExactly(r1.runs().get(i).trace().finalMaps()[1]);
    }
    assertThat(r1.run("b").spec().seed()).isEqualTo(2L);
    assertThatThrownBy(() -> r1.run("c")).isInstanceOf(IllegalArgumentException.class);
    assertThat(r1.runs().get(0).trace().loss()[6]).isLessThan(r1.runs().get(0).trace().loss()[0]);
  }

  @Test
  void halfLearnedStepIsTheFirstRecordedCrossing() {
    NetworkRunResult r = NetworkRun.run(small("c", 3).withSteps(2000), Hierarchy.shiEtAl(), 1,
        ProgressListener.NONE);
    int step = r.halfLearnedStep(0);
    assertThat(step).isPositive();
    int idx = java.util.Arrays.binarySearch(r.trace().steps(), step);
    double[][] k = r.trace().strengths()[idx];
    double[][] before = r.trace().strengths()[idx - 1];
    double half = r.singularValues()[0] / 2;
    assertThat(k[0][0] + k[1][0]).isGreaterThan(half);
    assertThat(before[0][0] + before[1][0]).isLessThanOrEqualTo(half);
  }

  @Test
  void snapshotFramesAreEvenlySpacedAndIncludeBothEnds() {
    NetworkRunSpec spec = small("f", 1).withSnapshotFrames(4);
    assertThat(spec.train().snapshotSteps()).containsExactly(0, 100, 200, 300);
    assertThat(small("g", 1).withSteps(5).withSnapshotFrames(6).train().snapshotSteps())
        .containsExactly(0, 1, 2, 3, 4, 5);
    assertThatThrownBy(() -> small("h", 1).withSnapshotFrames(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frames");
  }

  @Test
  void divergingRunStopsAndSaysSo() {
    NetworkRunSpec spec = new NetworkRunSpec("boom", List.of(2, 2), List.of(8, 8),
        Activation.LINEAR, false, InitSpec.gaussian(1.0), 5.0, 200, LossConvention.SUM, 1, 1,
        List.of());
    NetworkRunResult r = NetworkRun.run(spec, Hierarchy.shiEtAl(), 1, ProgressListener.NONE);
    assertThat(r.trace().diverged()).isTrue();
    assertThat(r.trace().lastStep()).isLessThan(200);
    assertThat(Double.isFinite(r.finalLoss())).isFalse();
  }

  @Test
  void specsRejectBadFieldsWithNamedMessages() {
    assertThatThrownBy(() -> small("bad name", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> new NetworkRunSpec("x", List.of(2, 2), List.of(8),
        Activation.LINEAR, false, InitSpec.gaussian(0.1), 0.01, 10, LossConvention.SUM, 1, 1,
        List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("widths");
    assertThatThrownBy(() -> small("x", 1).withSteps(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps");
    assertThatThrownBy(() -> new NetworkRunSpec("x", List.of(2), List.of(8), Activation.LINEAR,
        false, InitSpec.gaussian(0.1), 0.01, 10, LossConvention.SUM, 1, 1, List.of(11)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapshotSteps");
    assertThatThrownBy(() -> new NetworkRunSpec("x", List.of(2, 2), List.of(8, 8),
        Activation.LINEAR, false, InitSpec.balanced(List.of(0.1)), 0.01, 10, LossConvention.SUM,
        1, 1, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("init.k0");
    assertThatThrownBy(() -> new InitSpec(InitKind.GAUSSIAN, 0.1, List.of(), 0.2, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GAUSSIAN");
    assertThatThrownBy(() -> InitSpec.imbalanced(-1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spread must be");
    assertThatThrownBy(() -> new ExperimentSpec("e", "", 3, List.of(small("a", 1), small("a", 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> new ExperimentSpec("e", "", 0, List.of(small("a", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("treeLevels");
    assertThatThrownBy(() -> Figures.figure3().withStarts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts");
  }
}
