package org.knotwork.io.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.curvature.Spectrum;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.landscape.ClassificationTolerances;
import org.knotwork.landscape.CriticalPoints;
import org.knotwork.landscape.Slice1D;
import org.knotwork.landscape.Slice2D;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;

/** JSON and CSV forms of curvature results, and the trajectory reader. */
class CurvatureIoTest {
  @TempDir
  Path dir;

  @Test
  void spectrumJsonRoundTripsTheNumbers() throws IOException {
    Spectrum s = Spectrum.full(new double[][] {{2, 1}, {1, 2}});
    JsonNode j = Json.MAPPER.readTree(Json.write(CurvatureJson.spectrum(s, true)));
    assertThat(j.get("eigenvalues").get(0).asDouble()).isEqualTo(s.eigenvalue(0));
    assertThat(j.get("eigenvalues").get(1).asDouble()).isEqualTo(s.eigenvalue(1));
    assertThat(j.get("inertia").get("positive").asInt()).isEqualTo(2);
    assertThat(j.get("eigenvectors").size()).isEqualTo(2);
    assertThat(j.get("tolerance").asDouble()).isEqualTo(s.tolerance());
    JsonNode noVec = Json.MAPPER.readTree(Json.write(CurvatureJson.spectrum(
        Spectrum.values(new double[][] {{1}}), true)));
    assertThat(noVec.has("eigenvectors")).isFalse();
    assertThat(noVec.has("residual")).isFalse();
  }

  @Test
  void undefinedNumbersBecomeNullNotNaN() throws IOException {
    // a knotless neuron (w = 0) has no D and no beta
    NetworkParams p = new NetworkParams(new double[] {0, 1}, new double[] {1, 0},
        new double[] {1, 1}, 0);
    SweepLoss loss = SweepLoss.of(new Dataset(new double[] {-1, 0.5, 1}, new double[] {0, 1, 0}));
    String text = Json.write(LandscapeJson.report(CriticalPoints.classify(loss, p,
        ClassificationTolerances.defaults())));
    assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
    JsonNode j = Json.MAPPER.readTree(text);
    assertThat(j.get("neurons").get(0).get("D").isNull()).isTrue();
    assertThat(j.get("neurons").get(0).get("beta").isNull()).isTrue();
    assertThat(j.get("neurons").get(0).get("state").asText()).isEqualTo("KNOTLESS");
  }

  @Test
  void csvTablesHaveHeadersAndOneRowPerValue() {
    String one = LandscapeCsv.slice(new Slice1D(new double[] {0, 0.5}, new double[] {1, 2}));
    assertThat(one).isEqualTo("t,loss\n0.0,1.0\n0.5,2.0\n");
    String two = LandscapeCsv.slice(new Slice2D(new double[] {0, 1}, new double[] {2},
        new double[][] {{3}, {4}}));
    assertThat(two).isEqualTo("s,t,loss\n0.0,2.0,3.0\n1.0,2.0,4.0\n");
  }

  @Test
  void trajectoryRowsAreReadAndBadRowsNamed() throws IOException {
    Path ok = dir.resolve("t.csv");
    Files.writeString(ok, "a,b\n1,2\n\n3,4\n");
    List<double[]> rows = ParameterRowsCsv.read(ok, 2);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly(3, 4);
    Path bad = dir.resolve("b.csv");
    Files.writeString(bad, "a,b\n1,2,3\n");
    assertThatThrownBy(() -> ParameterRowsCsv.read(bad, 2)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 2 must have 2 fields");
    Files.writeString(bad, "a,b\n1,x\n");
    assertThatThrownBy(() -> ParameterRowsCsv.read(bad, 2)).isInstanceOf(InputException.class)
        .hasMessageContaining("line 2, column 2 must be a number");
    Files.writeString(bad, "a,b\n");
    assertThatThrownBy(() -> ParameterRowsCsv.read(bad, 2)).isInstanceOf(InputException.class)
        .hasMessageContaining("has no data rows");
    assertThatThrownBy(() -> ParameterRowsCsv.read(dir.resolve("none.csv"), 2))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
  }
}
