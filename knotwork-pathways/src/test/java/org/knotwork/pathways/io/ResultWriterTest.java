package org.knotwork.pathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.experiment.ExperimentListener;
import org.knotwork.pathways.experiment.ExperimentResult;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Experiments;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRun;
import org.knotwork.pathways.experiment.NetworkRunResult;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PhasePlane;
import org.knotwork.pathways.experiment.PhasePlaneResult;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.theory.ReducedModel;
import org.knotwork.pathways.train.ProgressListener;
import org.knotwork.pathways.train.Snapshot;

class ResultWriterTest {
  @TempDir
  Path dir;

  @Test
  void experimentFilesHoldTheRecordedNumbers() throws IOException {
    NetworkRunSpec run = new NetworkRunSpec("r1", List.of(2, 2), List.of(16, 16),
        Activation.LINEAR, false, InitSpec.gaussian(0.08), 0.01, 120, LossConvention.SUM, 5, 10,
        List.of(0, 120));
    ExperimentResult r = Experiments.run(new ExperimentSpec("exp", "test", 3, List.of(run)), 1,
        ExperimentListener.NONE);
    ResultWriter.writeExperiment(dir, r, spec -> "{\"name\": \"" + spec.name() + "\"}\n");
    NetworkRunResult res = r.runs().get(0);

    List<String> trace = Files.readAllLines(dir.resolve("r1/trace.csv"));
    assertThat(trace.get(0)).startsWith("step,time,loss,si,K_p1_m1").endsWith("K_p2_m8");
    assertThat(trace).hasSize(res.trace().size() + 1);
    for (int i = 0; i < res.trace().size(); i++) {
      String[] f = trace.get(i + 1).split(",");
      assertThat(f).hasSize(4 + 16);
      assertThat(Integer.parseInt(f[0])).isEqualTo(res.trace().steps()[i]);
      assertThat(Double.parseDouble(f[2])).isEqualTo(res.trace().loss()[i]);
      assertThat(Double.parseDouble(f[3])).isEqualTo(res.trace().specialization()[i]);
      assertThat(Double.parseDouble(f[4 + 8 + 3])).isEqualTo(res.trace().strengths()[i][1][3]);
    }
    List<String> snaps = Files.readAllLines(dir.resolve("r1/snapshots.csv"));
    assertThat(snaps).hasSize(1 + 2 * 2 * 15 * 8);
    String[] last = snaps.get(snaps.size() - 1).split(",");
    assertThat(last).containsExactly("120", "2", "15", "8",
        Double.toString(res.trace().snapshots().get(1).k()[1][14][7]));
    List<String> shares = Files.readAllLines(dir.resolve("r1/shares.csv"));
    assertThat(shares).hasSize(9);
    assertThat(shares.get(3)).startsWith("3,3,");

    JsonNode summary = Json.PRETTY.readTree(dir.resolve("r1/summary.json").toFile());
    assertThat(summary.get("finalLoss").asDouble()).isEqualTo(res.finalLoss());
    assertThat(summary.get("spec").get("seed").asLong()).isEqualTo(5L);
    assertThat(summary.get("blocks")).hasSize(4);
    assertThat(Files.readString(dir.resolve("r1/spec.json"))).contains("r1");
    JsonNode exp = Json.PRETTY.readTree(dir.resolve("experiment.json").toFile());
    assertThat(exp.get("spec").get("runs").get(0).get("train").get("steps").asInt())
        .isEqualTo(120);
    assertThat(exp.get("runs").get(0).get("specializationIndex").asDouble())
        .isEqualTo(res.specializationIndex());
    try (var s = Files.list(dir.resolve("r1"))) {
      assertThat(s.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  /** The arrays of a run (formerly checked through RunDirectories). */
  @Test
  void arraysHoldTheTrace() {
    NetworkRunSpec spec = new NetworkRunSpec("small", List.of(2, 3), List.of(12, 10),
        Activation.LINEAR, false, InitSpec.gaussian(0.1), 0.01, 60, LossConvention.SUM, 7, 5,
        List.of(0, 30, 60));
    NetworkRunResult r = NetworkRun.run(spec, Hierarchy.shiEtAl(), 1, ProgressListener.NONE);
    Path a = dir.resolve("a");
    ResultWriter.writeRun(a, r);
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
    assertThat(Npy.read(a.resolve("singular_values.npy")).doubles())
        .containsExactly(r.singularValues());
  }

  @Test
  void phasePlaneFilesHaveOneRowPerStartTimeAndGridPoint() throws IOException {
    PhasePlaneSpec spec = new PhasePlaneSpec(List.of(2, 3), List.of(0.1), 4, 10, 1, 0.01, 500,
        100, ReducedModel.Scheme.EULER, 1L, 3);
    PhasePlaneResult r = PhasePlane.run(spec);
    ResultWriter.writePhasePlane(dir, r);
    assertThat(Files.readAllLines(dir.resolve("starts.csv"))).hasSize(1 + 2 * 4);
    assertThat(Files.readAllLines(dir.resolve("trajectories.csv"))).hasSize(1 + 2 * 4 * 6);
    assertThat(Files.readAllLines(dir.resolve("field.csv"))).hasSize(1 + 2 * 9);
    assertThat(Npy.read(dir.resolve("trajectories.npy")).shape()).containsExactly(2, 4, 6, 2);
    assertThat(Npy.read(dir.resolve("end_states.npy")).doubles()[2 * 4 * 2 - 1])
        .isEqualTo(r.panels().get(1).endStateK()[3][1]);
    assertThat(Npy.read(dir.resolve("times.npy")).doubles())
        .containsExactly(r.panels().get(0).times());
    JsonNode summary = Json.PRETTY.readTree(dir.resolve("summary.json").toFile());
    assertThat(summary.get("spec").get("scheme").asText()).isEqualTo("EULER");
    assertThat(summary.get("panels").get(1).get("stats").get("meanWinnerShare").asDouble())
        .isEqualTo(r.panels().get(1).stats().meanWinnerShare());
  }
}
