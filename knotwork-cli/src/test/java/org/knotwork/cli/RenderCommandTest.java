package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.data.Dataset;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.render.io.TrajectoryJson;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.Trajectory;

/** {@code knotwork render} on a small trajectory file and on bad input. */
class RenderCommandTest {
  @TempDir
  Path dir;

  private Path trajectory() {
    Dataset data = Dataset.wiggly8();
    SweepLoss loss = SweepLoss.of(data);
    NetworkParams a = new NetworkParams(new double[] {1, -1, 0.5}, new double[] {0.2, 0.1, -0.3},
        new double[] {0.3, -0.2, 0.4}, 0);
    NetworkParams b = new NetworkParams(new double[] {1.1, -0.9, 0.6}, new double[] {0.1, 0.3, -0.2},
        new double[] {0.6, -0.5, 0.2}, 0.1);
    List<Frame> frames = List.of(new Frame(0, 0, a, loss.loss(a), 1.0),
        new Frame(10, 0.5, b, loss.loss(b), 0.5));
    Path f = dir.resolve("run").resolve("trajectory.json");
    TrajectoryJson.write(f, new Trajectory("cli test", data, a, frames, null, null,
        Map.of("seed", "1")));
    return f;
  }

  @Test
  void rendersTheChosenOutputsOfARunDirectory() throws Exception {
    Path f = trajectory();
    CliRun r = CliRun.run("render", f.getParent().toString(), "--html", "--figures",
        "--size", "480x270");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    Path out = f.getParent().resolve("render");
    assertThat(out.resolve("viewer.html")).isNotEmptyFile();
    assertThat(out.resolve("figures/function-end.svg")).isNotEmptyFile();
    assertThat(out.resolve("dynamics.frames.json")).isNotEmptyFile();
    assertThat(out.resolve("dynamics.gif")).doesNotExist();
    assertThat(r.out().lines().toList()).contains(out.resolve("viewer.html").toString());
    assertThat(Files.readString(out.resolve("viewer.html"))).contains("cli test");
  }

  @Test
  void badInputExitsWithStatusTwoAndOneLine() {
    CliRun missing = CliRun.run("render", dir.resolve("none.json").toString());
    assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("does not exist").hasLineCount(1);
    CliRun emptyDir = CliRun.run("render", dir.toString());
    assertThat(emptyDir.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(emptyDir.err()).contains("neither a training run directory");
    CliRun size = CliRun.run("render", trajectory().toString(), "--size", "big");
    assertThat(size.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(size.err()).contains("--size must look like 960x540");
  }
}
