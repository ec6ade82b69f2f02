package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.init.GaussianSigmas;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;
import org.knotwork.common.io.Json;
import org.knotwork.io.NetJson;
import org.knotwork.net.NetworkParams;

/** The {@code init} subcommand: NET.json output, the laws/Monte Carlo/flatness JSON, bad input. */
class InitCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheInitializersNetworkToOut() throws IOException {
    Path out = dir.resolve("sub/net.json");
    CliRun r = CliRun.run("init", "--scheme", "he-normal", "--width", "16", "--seed", "7",
        "--scale-w", "2", "--scale-b", "0.5", "--scale-v", "3", "--out", out.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    NetworkParams expected = Initializer.initialize(
        InitSpec.of(InitScheme.HE_NORMAL, 16, 7).withScales(new Scales(2, 0.5, 3)));
    assertThat(NetJson.read(out)).isEqualTo(expected);
    JsonNode j = Json.MAPPER.readTree(Files.readString(out));
    assertThat(j.fieldNames()).toIterable().containsExactly("w", "b", "v", "c");
  }

  @Test
  void printsNetJsonWithoutOut() throws IOException {
    CliRun r = CliRun.run("init", "--scheme", "pytorch-default", "--width", "5");
    assertThat(r.status()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    NetworkParams p = Initializer.initialize(InitSpec.of(InitScheme.PYTORCH_DEFAULT, 5, 0));
    assertThat(r.out().strip()).isEqualTo(NetJson.toJson(p));
  }

  @Test
  void gaussianAndSpreadTakeTheirParameters() throws IOException {
    Path g = dir.resolve("g.json");
    assertThat(CliRun.run("init", "--scheme", "gaussian", "--width", "9", "--sigma-w", "2",
        "--sigma-b", "0.5", "--sigma-v", "0.3", "--sigma-c", "0.1", "--out", g.toString())
        .status()).isZero();
    assertThat(NetJson.read(g)).isEqualTo(Initializer.initialize(
        InitSpec.gaussian(new GaussianSigmas(2, 0.5, 0.3, 0.1), 9, 0)));
    Path s = dir.resolve("s.json");
    assertThat(CliRun.run("init", "--scheme", "spread", "--width", "9", "--range=-2,3",
        "--out", s.toString()).status()).isZero();
    assertThat(NetJson.read(s)).isEqualTo(Initializer.initialize(
        InitSpec.spread(new Interval(-2, 3), 9, 0)));
  }

  @Test
  void lawsReportTheNotesValues() throws IOException {
    CliRun r = CliRun.run("init", "--scheme", "pytorch-default", "--width", "100",
        "--laws", "--points", "-1,0.3", "--window", "-1,1", "--window", "10,11");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("spec").get("scheme").asText()).isEqualTo("pytorch-default");
    JsonNode laws = j.get("laws");
    assertThat(laws.get("knotLaw").get("law").asText()).isEqualTo("uniform-ratio");
    assertThat(laws.get("deltaSlopeLaw").get("law").asText()).isEqualTo("uniform-product");
    assertThat(laws.get("neuron").get("output").get("halfWidth").asDouble())
        .isCloseTo(0.1, within(1e-16));
    JsonNode st = laws.get("statistics");
    assertThat(st.get("sumMuSquared").get("value").asDouble()).isCloseTo(1.0 / 9, within(1e-15));
    assertThat(st.get("sumAbsMu").get("value").asDouble()).isCloseTo(2.5, within(1e-15));
    assertThat(st.get("points").get(1).get("slopeVariance").get("value").asDouble())
        .isCloseTo(1.0 / 18, within(1e-15));
    JsonNode unit = st.get("windows").get(0);
    assertThat(unit.get("knots").get("value").asDouble()).isEqualTo(50.0);
    assertThat(unit.get("roughness").get("value").asDouble()).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(st.get("windows").get(1).get("knots").get("value").asDouble())
        .isCloseTo(100 * 0.25 * (0.1 - 1.0 / 11), within(1e-12));
    assertThat(st.get("knotBins")).hasSize(10);
    assertThat(st.get("slopeBins")).hasSize(20);
    assertThat(j.has("monteCarlo")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lecun-uniform", "glorot-normal-zero-bias"})
  void monteCarloAgreesWithTheLaws(String scheme) throws IOException {
    CliRun r = CliRun.run("init", "--scheme", scheme, "--width", "50", "--mc", "4000",
        "--seed", "3");
    assertThat(r.status()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    JsonNode cmp = j.get("comparison");
    assertThat(cmp.get("maxAbsZ").asDouble()).isLessThan(4.0);
    // 2 sums + 2 per point (3 default points) + 2 per window + 10 knot bins + 20 slope bins
    assertThat(cmp.get("deviations")).hasSize(2 + 6 + 2 + 10 + 20);
    assertThat(j.get("monteCarlo").get("networks").asInt()).isEqualTo(4000);
    assertThat(j.get("monteCarlo").get("statistics").get("sumMuSquared").get("standardError")
        .asDouble()).isPositive();
  }

  @Test
  void flatnessTableOverWidthsAndScales() throws IOException {
    CliRun r = CliRun.run("init", "--scheme", "glorot-uniform", "--width", "1",
        "--flatness", "--widths", "10,100,1000", "--scales", "1,1,1", "--scales", "4,4,0.25",
        "--probe", "0.3");
    assertThat(r.status()).isZero();
    JsonNode rows = Json.MAPPER.readTree(r.out()).get("flatness");
    assertThat(rows).hasSize(6);
    for (JsonNode row : rows) {
      int h = row.get("width").asInt();
      assertThat(row.get("scheme").asText()).isEqualTo("glorot-uniform");
      assertThat(row.has("monteCarlo")).isFalse();
      // E[R2] = 4H/(H+1)^2 for both scale triples (aw*av = 1)
      assertThat(row.get("analytic").get("sumMuSquared").get("value").asDouble())
          .isCloseTo(4.0 * h / ((h + 1.0) * (h + 1.0)), within(1e-15));
    }
  }

  @Test
  void badInputIsOneLineAndStatusTwo() {
    String[][] cases = {
        {"init", "--scheme", "xavier", "--width", "3"},
        {"init", "--scheme", "gaussian", "--width", "3"},
        {"init", "--scheme", "spread", "--width", "3"},
        {"init", "--scheme", "he-normal", "--width", "3", "--range", "0,1"},
        {"init", "--scheme", "he-normal", "--width", "3", "--sigma-w", "1"},
        {"init", "--scheme", "he-normal", "--width", "0"},
        {"init", "--scheme", "he-normal", "--width", "3", "--scale-v", "-1"},
        {"init", "--scheme", "he-normal", "--width", "3", "--mc", "2"},
        {"init", "--scheme", "he-normal", "--width", "3", "--window", "2,1", "--laws"},
        {"init", "--scheme", "he-normal", "--width", "3", "--knot-bins", "0,0", "--laws"},
        {"init", "--scheme", "he-normal"}};
    String[] expect = {"scheme must be one of", "needs --sigma-w", "needs --range",
        "--range applies only to scheme spread", "--sigma-* apply only to scheme gaussian",
        "width must be in [1,", "scale-v must be positive", "--mc must be at least 4",
        "interval hi must be >= lo", "bin edges must increase strictly", "--width"};
    for (int k = 0; k < cases.length; k++) {
      CliRun r = CliRun.run(cases[k]);
      assertThat(r.status()).as(String.join(" ", cases[k])).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err()).startsWith("knotwork: ").contains(expect[k]);
    }
  }
}
