package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.StudyKind;

/**
 * {@code kill -9} in the middle of {@code run}, then the same command again, for every registered
 * study kind: the directory ends with the bytes of an uninterrupted run. The child JVM is killed as
 * soon as its run has started (its spec.json exists); a kind whose example finishes before the kill
 * lands is checked as finished, and most kinds must have been caught mid-run.
 */
class KillResumeCliTest {
  @TempDir
  Path dir;

  @Test
  void everyKindResumesAfterKillToTheBytesOfAnUninterruptedRun() throws Exception {
    List<String> interrupted = new ArrayList<>();
    List<String> kinds = Studies.all().stream().map(StudyKind::name).toList();
    for (String kind : kinds) {
      Path killed = dir.resolve(kind + "-killed");
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
          Main.class.getName(), "run", "--kind", kind, "--example", "--out", killed.toString(),
          "--threads", "2").redirectErrorStream(true)
          .redirectOutput(dir.resolve(kind + ".log").toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(killed.resolve(RunDirectory.SPEC)) && p.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      if (!RunDirectory.isFinished(killed)) {
        interrupted.add(kind);
        CliRun again = CliRun.run("run", "--kind", kind, "--example", "--out", killed.toString(),
            "--threads", "1");
        assertThat(again.status()).as(kind + ": " + again.err()).isIn(0, RunCommand.STOPPED_EARLY);
      }
      Path clean = dir.resolve(kind + "-clean");
      CliRun c = CliRun.run("run", "--kind", kind, "--example", "--out", clean.toString(),
          "--threads", "1");
      assertThat(c.status()).as(kind + ": " + c.err()).isIn(0, RunCommand.STOPPED_EARLY);
      RunDirectory.Comparison cmp = RunDirectory.compare(clean, killed);
      assertThat(cmp.identical()).as("%s after kill -9 and resume: %s", kind, cmp.files()).isTrue();
    }
    assertThat(interrupted).as("kinds caught mid-run (of %s)", kinds)
        .hasSizeGreaterThanOrEqualTo(kinds.size() / 2);
  }
}
