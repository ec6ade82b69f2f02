package org.knotwork.render.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.render.SyntheticTrajectories;
import org.knotwork.render.model.Trajectory;

class TrajectoryJsonTest {
  @TempDir
  Path dir;

  @Test
  void roundTripsBitForBit() {
    Trajectory t = SyntheticTrajectories.gradientDescent(5, 7, 40, 10, 0.05, true);
    Path f = dir.resolve("trajectory.json");
    TrajectoryJson.write(f, t);
    Trajectory back = TrajectoryJson.at(f).load();
    assertThat(back).isEqualTo(t);
    assertThat(TrajectoryJson.toJson(back)).isEqualTo(TrajectoryJson.toJson(t));
  }

  @Test
  void malformedFilesNameTheProblem() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"format\":\"other/1\"}");
    assertThatThrownBy(() -> TrajectoryJson.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("format must be \"knotwork-trajectory/1\"");
    Trajectory t = SyntheticTrajectories.gradientDescent(3, 7, 20, 10, 0.05, false);
    String good = TrajectoryJson.toJson(t);
    Files.writeString(f, good.replaceFirst("\"step\":10", "\"step\":1.5"));
    assertThatThrownBy(() -> TrajectoryJson.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("frames[1]: field \"step\" must be a whole number");
    Files.writeString(f, good.replaceFirst("\"loss\":[0-9.eE-]+", "\"loss\":-1"));
    assertThatThrownBy(() -> TrajectoryJson.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("frames[0]: loss must be finite and >= 0");
    assertThatThrownBy(() -> TrajectoryJson.read(dir.resolve("missing.json")))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
  }
}
