package org.knotwork.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.example.WalkSpec;
import org.knotwork.common.example.WalkStudy;
import org.knotwork.common.study.Study;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;

/** Grid axes, the Cartesian plan, and sweep.json. */
class SweepPlanTest {
  static Study<WalkSpec> walk(WalkSpec s) {
    return new Study<>(new WalkStudy(), s);
  }

  @TempDir
  Path dir;

  @Test
  void axesParseListsAndRanges() {
    GridAxis a = GridAxis.parse("init.scaleW=0.25, 1,4");
    assertThat(a.path()).isEqualTo("init.scaleW");
    assertThat(a.values()).containsExactly("0.25", "1", "4");
    assertThat(a.column()).isEqualTo("init_scaleW");
    assertThat(GridAxis.parse("seed=0..3,7").values()).containsExactly("0", "1", "2", "3", "7");
    assertThatThrownBy(() -> GridAxis.parse("seed")).hasMessageContaining("FIELD=V1,V2");
    assertThatThrownBy(() -> GridAxis.parse("seed=3..1")).hasMessageContaining("A <= B");
    assertThatThrownBy(() -> GridAxis.parse("seed=1,1")).hasMessageContaining("repeats a value");
    assertThatThrownBy(() -> GridAxis.parse("seed=1,,2")).hasMessageContaining("empty value");
    assertThatThrownBy(() -> GridAxis.parse("a b=1")).hasMessageContaining("dotted path");
  }

  @Test
  void thePlanIsTheCartesianProductFirstAxisOutermost() {
    SweepSpec s = new SweepSpec(walk(WalkSpec.DEFAULTS), dir,
        List.of(GridAxis.parse("steps=2,4,6"), GridAxis.parse("seed=0..1")));
    List<SweepRun> runs = SweepPlan.of(s);
    assertThat(s.size()).isEqualTo(6);
    assertThat(runs).extracting(SweepRun::name)
        .containsExactly("r0000", "r0001", "r0002", "r0003", "r0004", "r0005");
    assertThat(runs).extracting(r -> ((WalkSpec) r.study().spec()).steps() + ":"
        + r.study().seed())
        .containsExactly("2:0", "2:1", "4:0", "4:1", "6:0", "6:1");
    assertThat(runs.get(3).values()).containsExactly("4", "1");
  }

  @Test
  void anInvalidPointIsReportedBeforeAnythingRuns() {
    SweepSpec s = new SweepSpec(walk(WalkSpec.DEFAULTS), dir,
        List.of(GridAxis.parse("steps=2,0")));
    assertThatThrownBy(() -> SweepPlan.of(s)).isInstanceOf(InputException.class)
        .hasMessageContaining("grid point 1 (steps=0)")
        .hasMessageContaining("spec field steps: steps must be >= 1");
    assertThatThrownBy(() -> new SweepSpec(walk(WalkSpec.DEFAULTS), dir,
        List.of(GridAxis.parse("seed=1"), GridAxis.parse("seed=2"))))
        .hasMessageContaining("given twice");
  }

  @Test
  void sweepFilesRoundTrip() {
    SweepSpec s = new SweepSpec(walk(new WalkSpec(0, 3, 0.5, 1)), dir,
        List.of(GridAxis.parse("drift=0.5,2"), GridAxis.parse("seed=0..2")));
    Path f = dir.resolve("sweep.json");
    AtomicFiles.writeString(f, s.toJson());
    assertThat(SweepSpec.read(f)).isEqualTo(s);
  }
}
