package org.knotwork.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.example.WalkSpec;
import org.knotwork.common.example.WalkStudy;
import org.knotwork.common.study.Study;
import org.knotwork.experiment.study.SplineStudy;
import org.knotwork.experiment.sweep.GridAxis;
import org.knotwork.experiment.sweep.LocalSweep;
import org.knotwork.experiment.sweep.ResultsTable;
import org.knotwork.experiment.sweep.SweepSpec;
import org.knotwork.common.run.RunDirectory;

/**
 * Spark's local mode against the local executor: the same table; and tasks that die (after
 * finishing their run, or half-way through it) neither lose nor duplicate a run.
 */
class SparkSweepTest {
  static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    // local[2, 3]: two threads, each task tried up to three times
    spark = SparkSession.builder().master("local[2,3]").appName("knotwork-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static SweepSpec sweep() {
    return new SweepSpec(new Study<>(new WalkStudy(), new WalkSpec(0, 300, 0.1, 1.0)),
        Path.of(""), List.of(GridAxis.parse("sigma=0.5,2"), GridAxis.parse("seed=0..2")));
  }

  /** Sweeps of two kinds: the example kind and the spline lens. */
  static Stream<SweepSpec> sweeps() {
    return Stream.of(sweep(), new SweepSpec(new Study<>(new SplineStudy(),
        new SplineStudy().example()), Path.of(""),
        List.of(GridAxis.parse("width=4,8"), GridAxis.parse("seed=0..2"))));
  }

  @ParameterizedTest
  @MethodSource("sweeps")
  void sparkLocalModeGivesTheSameTableAsTheLocalExecutor(SweepSpec sweep) throws Exception {
    LocalSweep.run(dir.resolve("local"), sweep, 2, false, new LocalSweep.Listener() {});
    ResultsTable t = SparkSweep.run(spark, dir.resolve("spark"), sweep, false, 6,
        SparkSweep.EXECUTE);
    assertThat(t.rows()).hasSize(6);
    assertThat(Files.readString(dir.resolve("spark").resolve(ResultsTable.CSV)))
        .isEqualTo(Files.readString(dir.resolve("local").resolve(ResultsTable.CSV)));
    assertThat(dir.resolve("spark").resolve(ResultsTable.PARQUET)).isRegularFile();
    for (int k = 0; k < 6; k++) {
      Path a = dir.resolve("local/runs/r000" + k);
      Path b = dir.resolve("spark/runs/r000" + k);
      assertThat(RunDirectory.digests(b)).isEqualTo(RunDirectory.digests(a));
    }
  }

  /**
   * Fails the first attempt of two tasks: grid point 1 after its run has finished (the result is
   * lost with the task), grid point 3 half-way through writing its run directory.
   */
  static final class Flaky implements RunFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public String run(String sweepDir, RunTask task) throws Exception {
      int attempt = TaskContext.get().attemptNumber();
      Path root = Path.of(sweepDir);
      Files.writeString(root.resolve("attempt-" + task.index() + "-" + attempt), "");
      if (attempt == 0 && task.index() == 3) {
        Path run = root.resolve(LocalSweep.RUNS).resolve(task.name());
        Files.createDirectories(run);
        Files.writeString(run.resolve("walk.csv"), "step,x\n0,");
        throw new IllegalStateException("worker died half-way through " + task.name());
      }
      String result = SparkSweep.EXECUTE.run(sweepDir, task);
      if (attempt == 0 && task.index() == 1) {
        throw new IllegalStateException("worker died after finishing " + task.name());
      }
      return result;
    }
  }

  /** Fails every attempt of grid point 2. */
  static final class Broken implements RunFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public String run(String sweepDir, RunTask task) throws Exception {
      if (task.index() == 2) {
        throw new IllegalStateException("grid point 2 is broken");
      }
      return SparkSweep.EXECUTE.run(sweepDir, task);
    }
  }

  @Test
  void aJobThatFailsIsOneLineAndKeepsTheFinishedRuns() throws Exception {
    Path s = dir.resolve("spark");
    assertThatThrownBy(() -> SparkSweep.run(spark, s, sweep(), false, 6, new Broken()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed on the cluster")
        .hasMessageContaining("grid point 2 is broken")
        .hasMessageNotContaining("\n");
    assertThat(s.resolve(ResultsTable.CSV)).doesNotExist();
    ResultsTable t = SparkSweep.run(spark, s, sweep(), true, 6, SparkSweep.EXECUTE);
    assertThat(t.rows()).hasSize(6);
  }

  @Test
  void failedTasksNeitherLoseNorDuplicateARun() throws Exception {
    LocalSweep.run(dir.resolve("local"), sweep(), 2, false, new LocalSweep.Listener() {});
    Path s = dir.resolve("spark");
    ResultsTable t = SparkSweep.run(spark, s, sweep(), false, 6, new Flaky());
    assertThat(s.resolve("attempt-1-1")).exists();
    assertThat(s.resolve("attempt-3-1")).exists();
    assertThat(s.resolve("attempt-0-1")).doesNotExist();
    assertThat(t.rows()).extracting(r -> r.get(1)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(Files.readString(s.resolve(ResultsTable.CSV)))
        .isEqualTo(Files.readString(dir.resolve("local").resolve(ResultsTable.CSV)));
    try (Stream<Path> runs = Files.list(s.resolve(LocalSweep.RUNS))) {
      assertThat(runs.filter(RunDirectory::isFinished).count()).isEqualTo(6);
    }
    assertThat(RunDirectory.compare(dir.resolve("local/runs/r0003"), s.resolve("runs/r0003"))
        .identical()).isTrue();
  }
}
