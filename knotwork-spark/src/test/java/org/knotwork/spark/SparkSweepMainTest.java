package org.knotwork.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.io.InputException;
import org.knotwork.experiment.sweep.LocalSweep;

/** The spark-submit entry point refuses bad arguments with one line (exit status 2). */
class SparkSweepMainTest {
  @TempDir
  Path dir;

  @Test
  void badArgumentsAreOneLineInputErrors() throws Exception {
    assertThatThrownBy(SparkSweepMain::parse).isInstanceOf(InputException.class)
        .hasMessage(SparkSweepMain.USAGE);
    assertThatThrownBy(() -> SparkSweepMain.parse("a", "b", "c"))
        .hasMessage(SparkSweepMain.USAGE);
    assertThatThrownBy(() -> SparkSweepMain.parse(dir.resolve("nope").toString()))
        .isInstanceOf(InputException.class).hasMessageContaining("is not a directory");
    assertThatThrownBy(() -> SparkSweepMain.parse(dir.toString()))
        .isInstanceOf(InputException.class).hasMessageContaining("holds no sweep.json");
    Files.writeString(dir.resolve(LocalSweep.SWEEP_FILE), "{\"base\": 1}");
    assertThatThrownBy(() -> SparkSweepMain.parse(dir.toString()))
        .isInstanceOf(InputException.class).hasMessageContaining("sweep file");
    Files.writeString(dir.resolve(LocalSweep.SWEEP_FILE), SparkSweepTest.sweep().toJson());
    assertThat(SparkSweepMain.parse(dir.toString()).partitions()).isEqualTo(6);
    assertThat(SparkSweepMain.parse(dir.toString(), "2").partitions()).isEqualTo(2);
    assertThatThrownBy(() -> SparkSweepMain.parse(dir.toString(), "x"))
        .isInstanceOf(InputException.class).hasMessage("PARTITIONS must be a whole number >= 1, "
            + "got \"x\"");
    assertThatThrownBy(() -> SparkSweepMain.parse(dir.toString(), "0"))
        .isInstanceOf(InputException.class).hasMessageContaining("got 0");
    for (String bad : List.of("a", "b")) {
      assertThat(SparkSweepMain.firstLine(bad + "\n\tat x.y")).isEqualTo(bad);
    }
  }

  @Test
  void mainExitsWithStatusTwoAndOneLine() throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), SparkSweepMain.class.getName(),
        dir.resolve("missing").toString()));
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(err.lines().toList()).hasSize(1);
    assertThat(err).startsWith("knotwork-spark: SWEEP_DIR: ").contains("is not a directory");
  }
}
