package org.knotwork.pathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.pathways.experiment.ExperimentSpec;
import org.knotwork.pathways.experiment.Figures;
import org.knotwork.pathways.experiment.InitSpec;
import org.knotwork.pathways.experiment.NetworkRunSpec;
import org.knotwork.pathways.experiment.PathwaysSpec;
import org.knotwork.pathways.experiment.PhasePlaneSpec;
import org.knotwork.pathways.experiment.Scale;
import org.knotwork.pathways.experiment.SingleRunSpec;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.study.PathwaysStudy;
import org.knotwork.pathways.study.PhasePlaneStudy;

class SpecTreesTest {
  @TempDir
  Path dir;

  static Study<?> read(String json, String kind) {
    return Studies.read(SpecText.parse(json, SpecText.Syntax.JSON, "test"), kind);
  }

  @Test
  void specsRoundTrip() {
    ExperimentSpec e = Figures.figure7(Scale.REDUCED);
    String text = new Study<PathwaysSpec>(new PathwaysStudy(), e).json();
    assertThat(read(text, null).spec()).isEqualTo(e);
    SingleRunSpec r = new SingleRunSpec(e.runs().get(2), 4, "data/items.csv");
    assertThat(read(new Study<PathwaysSpec>(new PathwaysStudy(), r).json(), null).spec())
        .isEqualTo(r);
    PhasePlaneSpec p = Figures.figure3();
    assertThat(read(new Study<>(new PhasePlaneStudy(), p).json(), null).spec()).isEqualTo(p);
    NetworkRunSpec balanced = new NetworkRunSpec("b", List.of(2, 4), List.of(8, 8),
        Activation.TANH, true, InitSpec.balanced(List.of(0.1, 0.2)), 0.05, 30,
        LossConvention.HALF_SUM, 9, 3, List.of(0, 10, 30));
    ObjectNode t = SpecTrees.writeRun(balanced);
    assertThat(read(SpecText.toJson(t), "pathways").spec())
        .isEqualTo(SingleRunSpec.of(balanced));
  }

  /** Spec files written before the module became a study kind (no kind, format) still read. */
  @Test
  void specFilesOfTheFormerFormatStillRead() throws IOException {
    Path f = dir.resolve("old.json");
    Files.writeString(f, """
        {
          "name" : "run",
          "depths" : [ 2, 3 ],
          "widths" : [ 12, 12 ],
          "activation" : "LINEAR",
          "readoutActivation" : false,
          "init" : { "kind" : "GAUSSIAN", "eps" : 0.05, "k0" : [ ], "spread" : 0.0,
            "imbalance" : 0.0 },
          "train" : { "lr" : 0.01, "steps" : 40, "loss" : "SUM", "recordEvery" : 1,
            "snapshotSteps" : [ 0, 20, 40 ] },
          "seed" : 5
        }
        """);
    assertThat(Studies.read(f, PathwaysStudy.NAME).spec()).isEqualTo(SingleRunSpec.of(
        new NetworkRunSpec("run", List.of(2, 3), List.of(12, 12), Activation.LINEAR, false,
            InitSpec.gaussian(0.05), 0.01, 40, LossConvention.SUM, 5, 1, List.of(0, 20, 40))));
    Files.writeString(f, "{\"name\": \"e\", \"description\": \"d\", \"treeLevels\": 2, "
        + "\"runs\": [{\"name\": \"a\", \"depths\": [2, 2], \"widths\": [8, 8], "
        + "\"train\": {\"steps\": 10}}]}");
    ExperimentSpec e = (ExperimentSpec) Studies.read(f, PathwaysStudy.NAME).spec();
    assertThat(e.treeLevels()).isEqualTo(2);
    // derived defaults: eps of the width, record every step, snapshots at the ends
    NetworkRunSpec a = e.runs().get(0);
    assertThat(a.init().eps()).isEqualTo(Math.sqrt(0.1 / 8));
    assertThat(a.train().snapshotSteps()).containsExactly(0, 10);
    assertThat(a.seed()).isEqualTo(1);
  }

  @Test
  void problemsBecomeOneLineMessagesNamingTheField() {
    String good = new Study<PathwaysSpec>(new PathwaysStudy(),
        Figures.figure5(Scale.QUICK)).json();
    String negative = good.replaceFirst("\"lr\" : 0.01", "\"lr\" : -1");
    assertThat(negative).isNotEqualTo(good);
    assertThatThrownBy(() -> read(negative, null)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field runs[0].train.lr: lr must be positive")
        .hasMessageNotContaining("\n");
    String unknown = good.replaceFirst("\"lr\" : 0.01", "\"lr\" : 0.01, \"momentum\" : 0.9");
    assertThatThrownBy(() -> read(unknown, null)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field runs[0].train.momentum: unknown field")
        .hasMessageNotContaining("\n");
    String badEnum = good.replaceFirst("\"LINEAR\"", "\"SIGMOID\"");
    assertThatThrownBy(() -> read(badEnum, null)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field runs[0].activation").hasMessageContaining("TANH")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> read("{\"depths\": [2, 2], \"widths\": [8]}", "pathways"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("spec field widths: widths");
    assertThatThrownBy(() -> read("{\"spreads\": [0.1, 0]}", "pathways-phase-plane"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("spec field spreads: spreads[1] must be positive");
  }
}
