package org.knotwork.experiment.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;
import org.knotwork.data.Dataset;
import org.knotwork.io.NetJson;
import org.knotwork.regime.RegimeExperiment;
import org.knotwork.regime.RegimeResult;
import org.knotwork.regime.RegimeSpec;

/** The checks every study kind passes, for {@code regime}, and its numbers against the library. */
class RegimeStudyTest extends StudyKindContract<RegimeSpec> {
  @Override
  protected StudyKind<RegimeSpec> kind() {
    return new RegimeStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("width", "3", "width must be even"),
        new BadField("alphaW", "0", "alphaW must be positive"),
        new BadField("lrFactor", "2.5", "lrFactor must be in (0, 2)"),
        new BadField("maxSteps", "x", "whole number"));
  }

  @Test
  void aRunWritesTheOrderParametersAndNetworksOfTheLibrary() {
    Path run = tmp.resolve("regime");
    RunDirectory.run(new Study<>(kind(), kind().example()), run, RunDirectory.Options.of(1));
    RegimeResult ref = RegimeExperiment.run(Dataset.wiggly8(), kind().example());
    JsonNode j = Json.readTree(run.resolve(RegimeStudy.RESULT), "result");
    assertThat(j.get("steps").asLong()).isEqualTo(ref.steps());
    assertThat(j.get("sumLoss").asDouble()).isEqualTo(ref.sumLoss());
    assertThat(j.get("order").get("muMassNearData").asDouble())
        .isEqualTo(ref.order().muMassNearData());
    assertThat(NetJson.read(run.resolve("net.json"))).isEqualTo(ref.trained());
    assertThat(NetJson.read(run.resolve("init.json"))).isEqualTo(ref.initial());
    assertThat(RunDirectory.manifest(run).metrics().get("ntk_drift"))
        .isEqualTo(ref.order().ntkDrift());
  }
}
