package org.knotwork.pathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRun;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.train.ProgressListener;
import org.knotwork.pathways.train.Snapshot;

class RunDirectoriesTest {
  @TempDir
  Path dir;

  static NetworkRunSpec spec() {
    return new NetworkRunSpec("small", List.of(2, 3), List.of(12, 10), Activation.LINEAR, false,
        InitSpec.gaussian(0.1), 0.01, 60, LossConvention.SUM, 7, 5, List.of(0, 30, 60));
  }

  static NetworkRunResult run(IoData data, int threads) {
    return NetworkRun.run(spec(), data, threads, ProgressListener.NONE);
  }

  @Test
  void arraysHoldTheTraceAndTheDirectoryReproducesByteForByte() throws IOException {
    IoData data = Hierarchy.shiEtAl();
    NetworkRunResult r = run(data, 1);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    RunDirectories.writeRun(a, r, data, Instant.EPOCH, 1.0);
    RunDirectories.writeRun(b, run(data, 2), data, Instant.now(), 2.0);

    NpyArray k = Npy.read(a.resolve("strengths.npy"));
    assertThat(k.shape()).containsExactly(r.trace().size(), 2, 8);
    int t = 3;
    assertThat(k.doubles()[(t * 2 + 1) * 8 + 4]).isEqualTo(r.trace().strengths()[t][1][4]);
    assertThat(Npy.read(a.resolve("loss.npy")).doubles()).containsExactly(r.trace().loss());
    assertThat(Npy.read(a.resolve("steps.npy")).longs()).containsExactly(0, 5, 10, 15, 20, 25,
        30, 35, 40, 45, 50, 55, 60);
    NpyArray snaps = Npy.read(a.resolve("k_snapshots.npy"));
    Snapshot last = r.trace().snapshots().get(2);
    assertThat(snaps.shape()).containsExactly(3, 2, 15, 8);
    assertThat(snaps.doubles()[((2 * 2 + 0) * 15 + 14) * 8 + 7]).isEqualTo(last.k()[0][14][7]);
    assertThat(Npy.read(a.resolve("snapshot_steps.npy")).longs()).containsExactly(0, 30, 60);
    assertThat(SpecJson.readRun(a.resolve("spec.json"))).isEqualTo(spec());
    assertThat(DataCsv.read(a.resolve("data.csv")).targetsRowMajor())
        .containsExactly(data.targetsRowMajor());

    Map<String, String> da = RunDirectories.digests(a);
    assertThat(da).containsKeys("spec.json", "data.csv", "trace.csv", "strengths.npy",
        "k_snapshots.npy", "summary.json").doesNotContainKey("manifest.json");
    assertThat(RunDirectories.digests(b)).isEqualTo(da);
    JsonNode m = new ObjectMapper().readTree(a.resolve("manifest.json").toFile());
    assertThat(m.get("seeds").get(0).asLong()).isEqualTo(7);
    assertThat(m.get("knotwork").has("commit")).isTrue();
    assertThat(m.get("sha256").get("strengths.npy").asText()).isEqualTo(da.get("strengths.npy"));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a", "b");
    }
  }

  @Test
  void refusesAnExistingDirectoryAndLeavesNoTemporaryFiles() throws IOException {
    IoData data = Hierarchy.shiEtAl();
    NetworkRunResult r = run(data, 1);
    Path a = dir.resolve("a");
    Files.createDirectories(a);
    assertThatThrownBy(() -> RunDirectories.writeRun(a, r, data, Instant.EPOCH, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a");
    }
  }
}
