package org.knotwork.render.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.Manifest;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.data.Dataset;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.io.run.RunRecorder;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.UpdateRule;

/** The spline kind's renderer: registered, draws a run, refuses a video of one frame. */
class SplineRendererTest {
  @TempDir
  Path dir;

  Path record(SnapshotSchedule schedule) {
    Path run = dir.resolve("run" + schedule.size());
    NetworkParams init = Initializer.initialize(InitSpec.of(InitScheme.PYTORCH_DEFAULT, 5, 2));
    ShallowProblem problem = ShallowProblem.of(Dataset.wiggly8(), init, Coordinates.NETWORK);
    TrainSpec spec = new TrainSpec(
        TrainMethod.Descent.fullBatch(new UpdateRule.GradientDescent(0.1)),
        StopCriteria.steps(100), schedule, 0L, 0L, 10L);
    Trainer.run(problem, spec, RunRecorder.open(run, problem, "test"));
    Manifest m = new Manifest("spline", "0", "c", "jvm", "os", "2024-01-01T00:00:00Z", 1, 0, 1,
        true, "ok", Map.of(), org.knotwork.common.run.RunDirectory.digests(run));
    AtomicFiles.writeString(run.resolve(org.knotwork.common.run.RunDirectory.MANIFEST),
        Json.pretty(m.toTree()));
    return run;
  }

  @Test
  void isRegisteredForTheSplineKind() {
    assertThat(ServiceLoader.load(StudyRenderer.class).stream()
        .map(ServiceLoader.Provider::get).filter(r -> r.kind().equals("spline")).toList())
        .hasSize(1).first().isInstanceOf(SplineRenderer.class);
  }

  @Test
  void drawsTheChosenOutputs() {
    Path run = record(SnapshotSchedule.uniform(SnapshotSchedule.Unit.STEP, 100, 4));
    List<Path> files = new SplineRenderer().render(run, dir.resolve("out"),
        Set.of("figures", "gif"));
    assertThat(files).contains(dir.resolve("out").resolve("dynamics.gif"));
    assertThat(files).allMatch(Files::isRegularFile);
    assertThat(dir.resolve("out").resolve("viewer.html")).doesNotExist();
  }

  @Test
  void aVideoOfOneFrameIsBadInput() {
    Path run = record(SnapshotSchedule.none());
    for (String what : List.of("gif", "mp4", "html")) {
      assertThatThrownBy(() -> new SplineRenderer().render(run, dir.resolve("out"), Set.of(what)))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("has 1 snapshot: a video needs at least 2; record more with "
              + "recording.snapshots");
    }
    assertThat(new SplineRenderer().render(run, dir.resolve("fig"), Set.of("figures")))
        .isNotEmpty();
  }
}
