package org.knotwork.pathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.experiment.Scale;

class SpecJsonTest {
  @TempDir
  Path dir;

  @Test
  void specsRoundTrip() {
    ExperimentSpec e = Figures.figure7(Scale.REDUCED);
    Path f = dir.resolve("e.json");
    SpecJson.write(f, e);
    assertThat(SpecJson.readExperiment(f)).isEqualTo(e);
    NetworkRunSpec r = e.runs().get(2);
    SpecJson.write(f, r);
    assertThat(SpecJson.readRun(f)).isEqualTo(r);
    PhasePlaneSpec p = Figures.figure3();
    SpecJson.write(f, p);
    assertThat(SpecJson.readPhasePlane(f)).isEqualTo(p);
  }

  @Test
  void problemsBecomeOneLineMessagesNamingTheField() {
    String good = SpecJson.toJson(Figures.figure5(Scale.QUICK).runs().get(0));
    String negative = good.replace("\"lr\" : 0.01", "\"lr\" : -1");
    assertThat(negative).isNotEqualTo(good);
    assertThatThrownBy(() -> SpecJson.parse(negative, NetworkRunSpec.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lr must be positive")
        .hasMessageNotContaining("\n");
    String unknown = good.replace("\"lr\" : 0.01", "\"lr\" : 0.01, \"momentum\" : 0.9");
    assertThatThrownBy(() -> SpecJson.parse(unknown, NetworkRunSpec.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("momentum")
        .hasMessageNotContaining("\n");
    String badEnum = good.replace("\"LINEAR\"", "\"SIGMOID\"");
    assertThatThrownBy(() -> SpecJson.parse(badEnum, NetworkRunSpec.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activation")
        .hasMessageNotContaining("\n");
  }
}
