package org.knotwork.io.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.Npz;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.Snapshots;
import org.knotwork.experiment.StepSize;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.common.io.InputException;
import org.knotwork.io.NetJson;
import org.knotwork.io.run.RunFiles;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;

/** Run directories: the files, the manifest, byte-identical reruns, and what changes break them. */
class RunDirectoryTest {
  @TempDir
  Path dir;

  static ExperimentSpec spec() {
    return ExperimentSpec.builder().width(5).seed(2)
        .method(new Method.GradientDescent(StepSize.absolute(0.05), 0))
        .budget(StopCriteria.steps(300))
        .recording(new Recording(10, new Snapshots.Uniform(SnapshotSchedule.Unit.STEP, 300, 4),
            true)).build();
  }

  @Test
  void aRunDirectoryHoldsEveryFileAndAManifest() throws Exception {
    Path run = dir.resolve("run");
    ExperimentResult r = RunDirectory.runAndWrite(spec(), Dataset.wiggly8(), run);
    for (String f : RunDirectory.REPRODUCIBLE) {
      assertThat(run.resolve(f)).as(f).isRegularFile();
    }
    assertThat(RunDirectory.isFinished(run)).isTrue();
    assertThat(RunDirectory.spec(run)).isEqualTo(spec());
    assertThat(RunDirectory.data(run)).isEqualTo(Dataset.wiggly8());
    assertThat(NetJson.read(run.resolve(RunFiles.NET))).isEqualTo(r.finalNetwork());
    assertThat(NetJson.read(run.resolve(RunFiles.INIT))).isEqualTo(r.initialNetwork());
    JsonNode m = RunDirectory.manifest(run);
    assertThat(m.get("knotwork").get("version").asText()).isEqualTo(BuildInfo.version());
    assertThat(m.get("knotwork").get("commit").asText()).isEqualTo(BuildInfo.gitCommit());
    assertThat(m.get("jvm").asText()).startsWith("java " + System.getProperty("java.version"));
    assertThat(m.get("wallSeconds").asDouble()).isPositive();
    assertThat(m.get("seed").asLong()).isEqualTo(2);
    assertThat(m.get("metrics").get("loss").asDouble()).isEqualTo(r.metrics().loss());
    assertThat(m.get("metrics").get("steps").asLong()).isEqualTo(300);
    assertThat(m.get("sha256").size()).isEqualTo(RunDirectory.REPRODUCIBLE.size());
    // metrics.csv: one row every 10 steps, 0..300
    List<String> lines = Files.readAllLines(run.resolve(RunFiles.METRICS));
    assertThat(lines.get(0)).isEqualTo("step,time,loss,grad_norm");
    assertThat(lines).hasSize(32);
    assertThatThrownBy(() -> RunDirectory.runAndWrite(spec(), Dataset.wiggly8(), run))
        .isInstanceOf(InputException.class).hasMessageContaining("already holds a finished run");
  }

  @Test
  void snapshotArraysAgreeWithTheRunInBothCoordinates() {
    Path run = dir.resolve("run");
    ExperimentResult r = RunDirectory.runAndWrite(spec(), Dataset.wiggly8(), run);
    Map<String, NpyArray> a = Npz.read(run.resolve(RunDirectory.ARRAYS));
    assertThat(a.keySet()).containsExactly("step", "time", "loss", "gradient_norm", "theta", "w",
        "b", "v", "c", "beta", "mu", "orientation");
    assertThat(a.get("step").longs()).containsExactly(0, 100, 200, 300);
    assertThat(a.get("theta").shape()).containsExactly(4, 16);
    double[] theta = a.get("theta").doubles();
    double[] last = java.util.Arrays.copyOfRange(theta, 3 * 16, 4 * 16);
    assertThat(last).containsExactly(r.finalNetwork().toVector());
    SplineParams sp = NetworkParams.fromVector(last).toSpline();
    assertThat(java.util.Arrays.copyOfRange(a.get("beta").doubles(), 15, 20))
        .containsExactly(sp.beta());
    assertThat(java.util.Arrays.copyOfRange(a.get("mu").doubles(), 15, 20))
        .containsExactly(sp.mu());
    NpyArray h = Npy.read(run.resolve(RunDirectory.HESSIAN));
    assertThat(h.shape()).containsExactly(16, 16);
    assertThat(h.doubles()[17]).isEqualTo(r.hessian()[1][1]);
  }

  @Test
  void aRerunIsByteIdenticalAndAnyChangeIsDetected() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    RunDirectory.runAndWrite(spec(), Dataset.wiggly8(), a);
    RunDirectory.runAndWrite(RunDirectory.spec(a), RunDirectory.data(a), b);
    RunDirectory.Comparison c = RunDirectory.compare(a, b);
    assertThat(c.identical()).isTrue();
    assertThat(c.sameBuild()).isTrue();
    assertThat(c.files().values()).containsOnly("identical");
    for (String f : RunDirectory.REPRODUCIBLE) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    // the manifests differ (wall time, start time) and are not compared
    Files.writeString(b.resolve(RunFiles.METRICS), "step,time,loss,grad_norm\n");
    RunDirectory.Comparison d = RunDirectory.compare(a, b);
    assertThat(d.identical()).isFalse();
    assertThat(d.files()).containsEntry(RunFiles.METRICS, "differs");
    Files.delete(b.resolve(RunDirectory.HESSIAN));
    assertThat(RunDirectory.compare(a, b).files()).containsEntry(RunDirectory.HESSIAN, "missing");
  }

  @Test
  void aDirectoryLeftByAKilledRunIsRunAgain() throws Exception {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.writeString(run.resolve(RunFiles.METRICS + RunFiles.PART), "garbage\n");
    Files.writeString(run.resolve(RunDirectory.FINAL), "{}");
    RunDirectory.runAndWrite(spec(), Dataset.wiggly8(), run);
    Path clean = dir.resolve("clean");
    RunDirectory.runAndWrite(spec(), Dataset.wiggly8(), clean);
    assertThat(RunDirectory.compare(clean, run).identical()).isTrue();
    assertThat(run.resolve(RunFiles.METRICS + RunFiles.PART)).doesNotExist();
  }
}
