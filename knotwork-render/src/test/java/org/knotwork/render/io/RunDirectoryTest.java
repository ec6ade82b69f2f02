package org.knotwork.render.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.data.Dataset;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.io.run.RunRecorder;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.Trajectory;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.Snapshot;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.TrainingListener;
import org.knotwork.train.UpdateRule;

/** A run directory written by the training recorder loads back as the trajectory it recorded. */
class RunDirectoryTest {
  @TempDir
  Path dir;

  @Test
  void framesAreTheRecordedSnapshots() {
    Dataset data = Dataset.wiggly8();
    NetworkParams init = Initializer.initialize(InitSpec.of(InitScheme.PYTORCH_DEFAULT, 6, 2));
    ShallowProblem problem = ShallowProblem.of(data, init, Coordinates.NETWORK);
    TrainSpec spec = new TrainSpec(
        TrainMethod.Descent.fullBatch(new UpdateRule.GradientDescent(0.1)),
        StopCriteria.steps(200), SnapshotSchedule.uniform(SnapshotSchedule.Unit.STEP, 200, 5),
        0L, 0L, 10L);
    List<Snapshot> seen = new ArrayList<>();
    RunRecorder recorder = RunRecorder.open(dir, problem, "test");
    Trainer.run(problem, spec, new TrainingListener() {
      @Override
      public void onProgress(org.knotwork.train.Progress p) {
        recorder.onProgress(p);
      }

      @Override
      public void onSnapshot(Snapshot s) {
        seen.add(s);
        recorder.onSnapshot(s);
      }

      @Override
      public void onFinish(org.knotwork.train.TrainResult r) {
        recorder.onFinish(r);
      }
    });
    Trajectory t = RunDirectory.at(dir).load();
    assertThat(t.data()).isEqualTo(data);
    assertThat(t.initial()).isEqualTo(init);
    assertThat(t.frames()).hasSize(seen.size());
    SweepLoss loss = SweepLoss.of(data);
    for (int k = 0; k < seen.size(); k++) {
      Frame f = t.frames().get(k);
      NetworkParams expected = problem.network(seen.get(k).theta());
      assertThat(f.net()).isEqualTo(expected);
      assertThat(f.step()).isEqualTo(seen.get(k).step());
      assertThat(f.loss()).isEqualTo(seen.get(k).loss());
      assertThat(f.spectrum())
          .containsExactly(SymmetricEigen.values(loss.hessian(expected)).eigenvalues());
    }
  }

  @Test
  void aDirectoryWithoutARunIsAnInputError() throws Exception {
    Files.writeString(dir.resolve("snapshots.csv"), "snapshot,step,time,loss,grad_norm,c\n");
    Files.writeString(dir.resolve("snapshot_neurons.csv"), "x\n");
    assertThat(RunDirectory.isRunDirectory(dir)).isTrue();
    assertThatThrownBy(() -> RunDirectory.at(dir).load()).hasMessageContaining("data.csv");
  }
}
