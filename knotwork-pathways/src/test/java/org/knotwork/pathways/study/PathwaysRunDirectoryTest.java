package org.knotwork.pathways.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRun;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.SingleRunSpec;
import org.knotwork.pathways.io.DataTable;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.train.ProgressListener;

/** Run directories of the {@code pathways} kind: layout, recorded data, rerun, divergence. */
class PathwaysRunDirectoryTest {
  @TempDir
  Path dir;

  static NetworkRunSpec run(String name, long seed, int steps) {
    return new NetworkRunSpec(name, List.of(2, 3), List.of(12, 10), Activation.LINEAR, false,
        InitSpec.gaussian(0.1), 0.01, steps, LossConvention.SUM, seed, 5, List.of(0, steps));
  }

  static Study<PathwaysSpec> study(PathwaysSpec s) {
    return new Study<>(new PathwaysStudy(), s);
  }

  @Test
  void aSingleRunHoldsItsDataSpecAndTheLibrarysNumbers() throws IOException {
    SingleRunSpec s = SingleRunSpec.of(run("small", 7, 60));
    Path a = dir.resolve("a");
    RunDirectory.Finished f = RunDirectory.run(study(s), a, RunDirectory.Options.of(1));
    NetworkRunResult ref = NetworkRun.run(s.run(), Hierarchy.shiEtAl(), 1,
        ProgressListener.NONE);
    assertThat(Npy.read(a.resolve("loss.npy")).doubles()).containsExactly(ref.trace().loss());
    assertThat(RunDirectory.study(a).spec()).isEqualTo(s);
    assertThat(DataTable.read(a.resolve("data.csv")).targetsRowMajor())
        .containsExactly(Hierarchy.shiEtAl().targetsRowMajor());
    assertThat(RunDirectory.digests(a)).containsKeys("spec.json", "data.csv", "trace.csv",
        "strengths.npy", "k_snapshots.npy", "summary.json").doesNotContainKey("manifest.json");
    assertThat(RunDirectory.manifest(a).seed()).isEqualTo(7);
    assertThat(f.result().normal()).isTrue();
    assertThat(f.result().metrics()).containsEntry("finalLoss", ref.finalLoss())
        .containsEntry("specializationIndex", ref.specializationIndex());
  }

  @Test
  void anExperimentWritesOneRunnableSubDirectoryPerRun() throws IOException {
    ExperimentSpec e = new ExperimentSpec("exp", "two seeds", 2,
        List.of(run("s1", 1, 20), run("s2", 2, 20)));
    Path a = dir.resolve("e");
    RunDirectory.Finished f = RunDirectory.run(study(e), a, RunDirectory.Options.of(2));
    JsonNode exp = Json.readTree(a.resolve("experiment.json"), "experiment");
    assertThat(exp.get("runs")).hasSize(2);
    assertThat(Npy.read(a.resolve("s2/strengths.npy")).shape()).containsExactly(5, 2, 4);
    assertThat(RunDirectory.study(a.resolve("s2")).spec())
        .isEqualTo(new SingleRunSpec(run("s2", 2, 20), 2, ""));
    assertThat(RunDirectory.study(a).spec()).isEqualTo(e);
    assertThat(f.result().metrics()).containsKeys("s1.finalLoss", "s2.specializationIndex");
  }

  @Test
  void aDataFileResolvesAgainstTheInputsAndARerunReadsTheRecordedCopy() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("items.csv"),
        "item,x_1,x_2,colour,size\nfox,1.5,-2,1,0.25\nowl,0,3e-1,0,1\nbat,1,1,0.5,0.5\n");
    SingleRunSpec s = new SingleRunSpec(run("mine", 3, 30), 3, "items.csv");
    Path a = dir.resolve("a");
    RunDirectory.run(study(s), a, RunDirectory.Options.of(1).inputsFrom(in));
    assertThat(DataTable.read(a.resolve("data.csv")).itemNames())
        .containsExactly("fox", "owl", "bat");
    Files.delete(in.resolve("items.csv"));
    Path b = dir.resolve("b");
    RunDirectory.run(study(s), b, RunDirectory.Options.of(2).inputsFrom(in).rerunOf(a));
    assertThat(RunDirectory.compare(a, b).identical()).isTrue();
    assertThatThrownBy(() -> RunDirectory.run(study(s), dir.resolve("c"),
        RunDirectory.Options.of(1).inputsFrom(in))).isInstanceOf(InputException.class)
        .hasMessageContaining("items.csv").hasMessageContaining("does not exist");
  }

  @Test
  void aDivergingRunEndsAbnormallyWithItsRecord() {
    NetworkRunSpec r = new NetworkRunSpec("div", List.of(3, 3), List.of(12, 12),
        Activation.LINEAR, false, InitSpec.gaussian(Math.sqrt(0.1 / 12)), 5, 200,
        LossConvention.SUM, 1, 1, List.of(0, 200));
    Path d = dir.resolve("div");
    RunDirectory.Finished f = RunDirectory.run(study(SingleRunSpec.of(r)), d,
        RunDirectory.Options.of(1));
    assertThat(f.result().normal()).isFalse();
    assertThat(f.result().message()).startsWith("diverged at step");
    Map<String, Object> m = f.result().metrics();
    assertThat((Long) m.get("steps")).isLessThan(200);
    assertThat(RunDirectory.isFinished(d)).isTrue();
  }
}
