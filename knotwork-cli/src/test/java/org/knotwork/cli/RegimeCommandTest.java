package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.common.io.Json;
import org.knotwork.regime.RegimeExperiment;
import org.knotwork.regime.RegimeResult;
import org.knotwork.regime.RegimeSpec;

class RegimeCommandTest {

  @Test
  void onePointPrintsTheRunsOrderParameters() throws Exception {
    CliRun r = CliRun.run("regime", "--alpha-w", "0.5", "--alpha-v", "2", "--width",
        "20", "--steps", "300", "--seed", "4");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = Json.MAPPER.readTree(r.out());
    RegimeResult ref = RegimeExperiment.run(Dataset.wiggly8(),
        new RegimeSpec(20, 0.5, 2, 2, 0.5, 300, 1e-10, 0.02, 4));
    assertThat(j.get("steps").asLong()).isEqualTo(ref.steps());
    assertThat(j.get("sumLoss").asDouble()).isEqualTo(ref.sumLoss());
    assertThat(j.get("order").get("muMassNearData").asDouble())
        .isEqualTo(ref.order().muMassNearData());
  }

  @Test
  void sweepWritesOneCsvRowPerRatio() {
    CliRun r = CliRun.run("regime", "--ratios", "16,1,0.0625", "--width", "10",
        "--steps", "50");
    assertThat(r.status()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).startsWith("alpha_w,alpha_v,width,seed,steps");
    assertThat(lines[1]).startsWith("4.0,0.25,10,0,50,");
    assertThat(lines[3]).startsWith("0.25,4.0,10,0,50,");
  }

  @Test
  void sweepOverWidthsAndSeedsWritesPhaseDiagrams(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    CliRun r = CliRun.run("regime", "--ratios", "4,0.25", "--widths", "6,10",
        "--seeds", "0,1", "--steps", "40", "--figures", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().strip().split("\n")).hasSize(1 + 2 * 2 * 2);
    for (String name : new String[] {"clustering", "knot-displacement",
        "distance-to-cubic-spline", "slope-variation", "ntk-drift"}) {
      assertThat(java.nio.file.Files.size(dir.resolve("phase-" + name + ".png"))).isPositive();
      assertThat(java.nio.file.Files.readString(dir.resolve("phase-" + name + ".svg")))
          .contains("<svg");
    }
  }

  @Test
  void badOptionsAreOneLineErrors() {
    for (String[] args : new String[][] {{"regime"}, {"regime", "--alpha-w", "1"},
        {"regime", "--ratios", "1", "--width", "3"}, {"regime", "--ratios", "-1"},
        {"regime", "--alpha-w", "1", "--alpha-v", "1", "--seeds", "1,2"}}) {
      CliRun r = CliRun.run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }
}
