package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.run.RunDirectory;

/**
 * A sweep killed mid-way (SIGKILL of the JVM) resumes without redoing finished runs, and ends with
 * the same results table as an uninterrupted sweep.
 */
class SweepKillTest {
  @TempDir
  Path dir;

  static final String[] GRID = {"--width", "100", "--steps", "6000", "--progress-every", "100",
      "--grid", "seed=0..7", "--threads", "1"};

  @Test
  void aKilledSweepResumesWithoutRedoingFinishedRuns() throws Exception {
    Path killed = dir.resolve("killed");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // the test class path (surefire's booter jar carries it in its manifest)
        "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
        Main.class.getName(), "sweep", "--out", killed.toString()));
    cmd.addAll(List.of(GRID));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    Path runs = killed.resolve("runs");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (finished(runs).size() < 2 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    Map<String, String> before = new HashMap<>();
    for (Path run : finished(runs)) {
      before.put(run.getFileName().toString(),
          Files.readString(run.resolve(RunDirectory.MANIFEST)));
    }
    assertThat(before.size()).as("runs finished before the kill").isBetween(2, 7);
    assertThat(killed.resolve("results.csv")).doesNotExist();

    String[] resume = concat(new String[] {"sweep", "--out", killed.toString(), "--resume"},
        GRID);
    CliRun r = CliRun.run(resume);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(r.out()).get("skipped").asInt()).isEqualTo(before.size());
    for (Map.Entry<String, String> e : before.entrySet()) {
      assertThat(Files.readString(runs.resolve(e.getKey()).resolve(RunDirectory.MANIFEST)))
          .as("manifest of %s is untouched", e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(finished(runs)).hasSize(8);

    Path clean = dir.resolve("clean");
    CliRun c = CliRun.run(concat(
        new String[] {"sweep", "--out", clean.toString()}, GRID));
    assertThat(c.status()).isZero();
    assertThat(Files.readString(killed.resolve("results.csv")))
        .isEqualTo(Files.readString(clean.resolve("results.csv")));
  }

  private static List<Path> finished(Path runs) throws Exception {
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(runs)) {
      return s.filter(RunDirectory::isFinished).sorted().toList();
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
