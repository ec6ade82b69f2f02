package org.knotwork.reservoir.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.experiment.D2r2Spec;
import org.knotwork.reservoir.experiment.EsnSpec;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.experiment.ExperimentRunner;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.Lorenz63Data;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;

class ResultFilesTest {
  @TempDir
  Path dir;

  @Test
  void writesEveryTableAndAJsonSummary() throws IOException {
    ExperimentSpec spec = new ExperimentSpec("io-test", Lorenz63Data.authors(7_000),
        Scaling.STD_PER_COMPONENT, 5_000, TestWindows.afterTraining(5_000, 0, 10, 150, 150), 20, 0.3,
        List.of(new D2r2Spec("d2", 2, 1e-4), new EsnSpec("esn", EsnConfig.lsrLorenz63())),
        List.of(Precision.BINARY64, Precision.parse("binary16:weights")), 7, 2, 2_000, true, false);
    ExperimentResult r = ExperimentRunner.run(spec);
    ResultFiles.writeAll(r, dir);
    for (String name : ResultFiles.FILES) {
      assertThat(dir.resolve(name)).exists();
    }
    List<String> horizons = Files.readAllLines(dir.resolve("horizons.csv"));
    assertThat(horizons.get(0)).startsWith("model,precision,window,origin,horizon_samples");
    assertThat(horizons).hasSize(1 + 2 * 2 * 10);
    assertThat(horizons.get(1)).startsWith("d2,binary64,0," + spec.windows().origin(0) + ",");
    List<String> curves = Files.readAllLines(dir.resolve("error-curves.csv"));
    assertThat(curves).hasSize(1 + 2 * 2 * 150);
    assertThat(curves.get(1)).endsWith(",0.3");
    List<String> forecasts = Files.readAllLines(dir.resolve("forecasts.csv"));
    assertThat(forecasts).hasSize(1 + 2 * 2 * 2 * 150 * 3);
    List<String> cost = Files.readAllLines(dir.resolve("cost.csv"));
    assertThat(cost).hasSize(3);
    assertThat(cost.get(1)).startsWith("d2,d2r2,10,36,");
    JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertThat(json.get("experiment").asText()).isEqualTo("io-test");
    assertThat(json.get("data").get("lyapunovExponent").asDouble()).isBetween(0.7, 1.1);
    JsonNode run = json.get("models").get(1).get("runs").get(1);
    assertThat(run.get("precision").asText()).isEqualTo("binary16:weights");
    assertThat(run.get("scope").asText()).isEqualTo("weights");
    assertThat(run.get("meanHorizonSamples").asDouble())
        .isEqualTo(r.model("esn").runs().get(1).score().meanHorizon());
    assertThat(json.get("models").get(0).get("runs").get(0).get("scope").asText()).isEqualTo("none");
    assertThat(json.get("cost").get("baseline").asText()).isEqualTo("d2");
    double tf = run.get("teacherForcedError").asDouble();
    assertThat(tf).isEqualTo(r.model("esn").runs().get(1).teacherForcedError());
    // one-step errors are far below the closed-loop error at the end of a window
    assertThat(tf).isPositive().isLessThan(0.01);
  }
}
