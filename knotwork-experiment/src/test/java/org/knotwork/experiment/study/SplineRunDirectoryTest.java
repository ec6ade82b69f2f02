package org.knotwork.experiment.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.BuildInfo;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.Npz;
import org.knotwork.common.run.Manifest;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.DataSource;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentRunner;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.InitConfig;
import org.knotwork.experiment.Method;
import org.knotwork.experiment.Recording;
import org.knotwork.experiment.Snapshots;
import org.knotwork.experiment.StepSize;
import org.knotwork.io.DataCsv;
import org.knotwork.io.NetJson;
import org.knotwork.io.experiment.ExperimentFiles;
import org.knotwork.io.run.RunFiles;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;

/**
 * Spline run directories through the common run directory: the files, the manifest, byte-identical
 * reruns, what changes break them, network-file inits and the recorded inputs of a rerun.
 */
class SplineRunDirectoryTest {
  @TempDir
  Path dir;

  static ExperimentSpec spec() {
    return ExperimentSpec.builder().width(5).seed(2)
        .method(new Method.GradientDescent(StepSize.absolute(0.05), 0))
        .budget(StopCriteria.steps(300))
        .recording(new Recording(10, new Snapshots.Uniform(SnapshotSchedule.Unit.STEP, 300, 4),
            true)).build();
  }

  static RunDirectory.Finished run(ExperimentSpec spec, Path out) {
    return RunDirectory.run(SplineStudy.of(spec), out, RunDirectory.Options.of(1));
  }

  @Test
  void aRunDirectoryHoldsEveryFileAndAManifest() throws Exception {
    Path run = dir.resolve("run");
    RunDirectory.Finished f = run(spec(), run);
    ExperimentResult r = ExperimentRunner.run(spec(), Dataset.wiggly8());
    for (String name : ExperimentFiles.FILES) {
      assertThat(run.resolve(name)).as(name).isRegularFile();
    }
    assertThat(RunDirectory.isFinished(run)).isTrue();
    assertThat(RunDirectory.study(run).spec()).isEqualTo(spec());
    assertThat(DataCsv.read(run.resolve(RunFiles.DATA))).isEqualTo(Dataset.wiggly8());
    assertThat(NetJson.read(run.resolve(RunFiles.NET))).isEqualTo(r.finalNetwork());
    assertThat(NetJson.read(run.resolve(RunFiles.INIT))).isEqualTo(r.initialNetwork());
    assertThat(run.resolve(RunFiles.CHECKPOINT)).doesNotExist();
    assertThat(run.resolve(RunFiles.SNAPSHOT_THETA + RunFiles.PART)).doesNotExist();
    Manifest m = RunDirectory.manifest(run);
    assertThat(m.kind()).isEqualTo("spline");
    assertThat(m.version()).isEqualTo(BuildInfo.version());
    assertThat(m.commit()).isEqualTo(BuildInfo.gitCommit());
    assertThat(m.jvm()).startsWith("java " + System.getProperty("java.version"));
    assertThat(m.wallSeconds()).isPositive();
    assertThat(m.seed()).isEqualTo(2);
    assertThat(m.normal()).isTrue();
    assertThat(f.result().normal()).isTrue();
    assertThat((Double) m.metrics().get("loss")).isEqualTo(r.metrics().loss());
    assertThat(m.metrics().get("steps")).isEqualTo(300L);
    assertThat(m.sha256().keySet()).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(ExperimentFiles.FILES.stream(),
            java.util.stream.Stream.of(RunDirectory.SPEC)).toList());
    // metrics.csv: one row every 10 steps, 0..300
    List<String> lines = Files.readAllLines(run.resolve(RunFiles.METRICS));
    assertThat(lines.get(0)).isEqualTo("step,time,loss,grad_norm");
    assertThat(lines).hasSize(32);
    assertThat(Json.readTree(run.resolve(ExperimentFiles.FINAL), "final").get("loss").asDouble())
        .isEqualTo(r.metrics().loss());
    assertThatThrownBy(() -> run(spec(), run))
        .isInstanceOf(InputException.class).hasMessageContaining("already holds a finished run");
  }

  @Test
  void snapshotArraysAgreeWithTheRunInBothCoordinates() {
    Path run = dir.resolve("run");
    run(spec(), run);
    ExperimentResult r = ExperimentRunner.run(spec(), Dataset.wiggly8());
    Map<String, NpyArray> a = Npz.read(run.resolve(ExperimentFiles.ARRAYS));
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
    NpyArray h = Npy.read(run.resolve(ExperimentFiles.HESSIAN));
    assertThat(h.shape()).containsExactly(16, 16);
    assertThat(h.doubles()[17]).isEqualTo(r.hessian()[1][1]);
  }

  @Test
  void aRerunIsByteIdenticalAndAnyChangeIsDetected() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    run(spec(), a);
    RunDirectory.run(RunDirectory.study(a), b, RunDirectory.Options.of(2).rerunOf(a));
    RunDirectory.Comparison c = RunDirectory.compare(a, b);
    assertThat(c.identical()).isTrue();
    assertThat(c.sameBuild()).isTrue();
    assertThat(c.files().values()).containsOnly("identical");
    for (String f : ExperimentFiles.FILES) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    // the manifests differ (wall time, start time) and are not compared
    Files.writeString(b.resolve(RunFiles.METRICS), "step,time,loss,grad_norm\n");
    RunDirectory.Comparison d = RunDirectory.compare(a, b);
    assertThat(d.identical()).isFalse();
    assertThat(d.files()).containsEntry(RunFiles.METRICS, "differs");
    Files.delete(b.resolve(ExperimentFiles.HESSIAN));
    assertThat(RunDirectory.compare(a, b).files()).containsEntry(ExperimentFiles.HESSIAN,
        "missing");
  }

  @Test
  void aDirectoryLeftByAKilledRunIsRunAgain() throws Exception {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.writeString(run.resolve(RunFiles.METRICS + RunFiles.PART), "garbage\n");
    Files.writeString(run.resolve(ExperimentFiles.FINAL), "{}");
    run(spec(), run);
    Path clean = dir.resolve("clean");
    run(spec(), clean);
    assertThat(RunDirectory.compare(clean, run).identical()).isTrue();
    assertThat(run.resolve(RunFiles.METRICS + RunFiles.PART)).doesNotExist();
  }

  @Test
  void relativeInputsResolveAgainstTheInputDirectoryAndARerunReadsTheRecordedOnes()
      throws Exception {
    Path in = dir.resolve("inputs");
    Files.createDirectories(in);
    DataCsv.write(in.resolve("d.csv"), Dataset.wiggly8());
    NetworkParams net = ExperimentSpec.builder().width(4).build().init().draw(4, 9);
    NetJson.write(in.resolve("net.json"), net);
    ExperimentSpec s = spec().toBuilder().width(4).data(new DataSource.CsvFile("d.csv"))
        .init(InitConfig.file("net.json")).build();
    assertThat(SplineStudy.of(s).json()).contains("\"scheme\" : \"file\"")
        .contains("\"path\" : \"net.json\"");
    Path a = dir.resolve("a");
    RunDirectory.run(SplineStudy.of(s), a, RunDirectory.Options.of(1).inputsFrom(in));
    assertThat(NetJson.read(a.resolve(RunFiles.INIT))).isEqualTo(net);
    // the inputs change or go away: a rerun still reproduces from the recorded ones
    Files.delete(in.resolve("d.csv"));
    Files.delete(in.resolve("net.json"));
    Path b = dir.resolve("b");
    RunDirectory.run(RunDirectory.study(a), b,
        RunDirectory.Options.of(1).inputsFrom(dir.resolve("elsewhere")).rerunOf(a));
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();
    // without them a fresh run names the missing file
    assertThatThrownBy(() -> RunDirectory.run(SplineStudy.of(s), dir.resolve("c"),
        RunDirectory.Options.of(1).inputsFrom(in))).isInstanceOf(InputException.class)
        .hasMessageContaining("d.csv");
    // a network of another width is refused, naming the field
    NetJson.write(in.resolve("net.json"), net);
    DataCsv.write(in.resolve("d.csv"), Dataset.wiggly8());
    ExperimentSpec wide = s.toBuilder().width(6).build();
    assertThatThrownBy(() -> RunDirectory.run(SplineStudy.of(wide), dir.resolve("d"),
        RunDirectory.Options.of(1).inputsFrom(in))).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field width: ");
  }

  @Test
  void theCheckpointCadenceDoesNotChangeADescentRun() {
    ExperimentSpec sgd = spec().toBuilder()
        .method(new Method.GradientDescent(StepSize.absolute(0.05), 3)).build();
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    run(sgd.toBuilder().recording(sgd.recording().withCheckpointEvery(0)).build(), a);
    run(sgd.toBuilder().recording(sgd.recording().withCheckpointEvery(7)).build(), b);
    Map<String, String> da = RunDirectory.digests(a);
    Map<String, String> db = RunDirectory.digests(b);
    da.remove(RunDirectory.SPEC);
    db.remove(RunDirectory.SPEC);
    assertThat(db).isEqualTo(da);
  }

  @Test
  void aSpecSayingNothingAboutSnapshotsRecordsAbout100() {
    ExperimentSpec flow = ExperimentSpec.builder().width(6)
        .method(new Method.Flow(org.knotwork.train.TrainMethod.Flow.withDefaults()))
        .budget(StopCriteria.time(3)).build();
    Path a = dir.resolve("flow");
    run(flow, a);
    assertThat(Npz.read(a.resolve(ExperimentFiles.ARRAYS)).get("step").shape()[0])
        .as("0 and 100 log-spaced times, the last the final state").isEqualTo(101);
    Path b = dir.resolve("gd");
    run(ExperimentSpec.builder().width(6).budget(StopCriteria.steps(2000)).build(), b);
    assertThat(Npz.read(b.resolve(ExperimentFiles.ARRAYS)).get("step").shape()[0])
        .isBetween(80, 102);
  }
}
