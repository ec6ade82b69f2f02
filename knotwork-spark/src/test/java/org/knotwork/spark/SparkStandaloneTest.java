package org.knotwork.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.example.WalkSpec;
import org.knotwork.common.example.WalkStudy;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.Study;
import org.knotwork.experiment.study.SplineStudy;
import org.knotwork.experiment.sweep.GridAxis;
import org.knotwork.experiment.sweep.LocalSweep;
import org.knotwork.experiment.sweep.ResultsTable;
import org.knotwork.experiment.sweep.SweepPlan;
import org.knotwork.experiment.sweep.SweepRun;
import org.knotwork.experiment.sweep.SweepSpec;

/**
 * Sweeps on a real Spark standalone cluster (a master and two one-core workers, each its own JVM,
 * on 127.0.0.1): once the first grid point has finished, the worker that ran it is killed with
 * SIGKILL together with its executor while that executor is in its next task. Spark reschedules
 * the lost task on the surviving worker, and the sweep ends with every grid point exactly once,
 * the same table bytes and the same run directories as the local executor.
 *
 * <p>The cluster is started once for all kinds; before each kind a replacement worker is started
 * for the one killed by the previous kind.
 */
class SparkStandaloneTest {
  /** How long a grid point takes at least, so that a kill lands while tasks are running. */
  static final long SLOW_MILLIS = 1000;
  /** Bound on one sweep on the cluster. */
  static final Duration SWEEP = Duration.ofSeconds(90);

  /**
   * One kind of study to sweep.
   *
   * @param label the name in the test report
   * @param sweep the sweep, at least 8 grid points
   */
  record Case(String label, SweepSpec sweep) {
    /** A case whose input paths resolve in the working directory; axes as for --grid. */
    static Case of(String label, Study<?> base, String... axes) {
      return new Case(label, new SweepSpec(base, Path.of(""),
          Arrays.stream(axes).map(GridAxis::parse).toList()));
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The kinds swept on the cluster: one line per kind. */
  static List<Case> kinds() {
    return List.of(
        Case.of("walk", new Study<>(new WalkStudy(), new WalkSpec(0, 300, 0.1, 1.0)),
            "sigma=0.5,1,2,4", "seed=0..1"),
        Case.of("spline", new Study<>(new SplineStudy(), new SplineStudy().example()),
            "width=4,8", "seed=0..3"));
  }

  /** Logs, work directories and sweeps; kept when a test fails, for the logs. */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path tmp;

  static StandaloneCluster cluster;
  static SparkSession spark;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = new StandaloneCluster(tmp.resolve("cluster"));
    cluster.startMaster();
    cluster.ensureWorkers(2);
    spark = SparkSession.builder().master(cluster.url()).appName("knotwork-standalone-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.executor.cores", "1")
        .config("spark.executor.memory", "512m")
        .config("spark.executor.extraClassPath", StandaloneCluster.classPath())
        .config("spark.executor.extraJavaOptions", String.join(" ", StandaloneCluster.opens()))
        // a lost executor's task is tried again elsewhere; a killed worker and executor are noticed
        // at once (their connections drop), the timeouts only bound a silent loss; shorter ones
        // declare live but starved JVMs lost on a busy 2-core machine
        .config("spark.task.maxFailures", "4")
        .config("spark.network.timeout", "30s")
        .config("spark.network.timeoutInterval", "5s")
        .config("spark.executor.heartbeatInterval", "2s")
        .config("spark.speculation", "false")
        .getOrCreate();
    assertThat(spark.sparkContext().master()).as("master of the Spark session")
        .isEqualTo(cluster.url());
    awaitExecutors(2);
  }

  @AfterAll
  static void stopCluster() {
    try {
      if (spark != null) {
        spark.stop();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  /** Waits until the application has {@code n} executors (besides the driver). */
  static void awaitExecutors(int n) throws InterruptedException {
    long deadline = System.nanoTime() + StandaloneCluster.START.toNanos();
    while (executors() != n) {
      if (System.nanoTime() > deadline) {
        fail("the application has " + executors() + " executors, not " + n + ", after "
            + StandaloneCluster.START.toSeconds() + " s; workers' logs and work directories in "
            + tmp.resolve("cluster"));
      }
      Thread.sleep(100);
    }
  }

  static int executors() {
    return spark.sparkContext().statusTracker().getExecutorInfos().length - 1;
  }

  /**
   * Records each attempt as {@code attempt-INDEX-ATTEMPT} holding the executor's process id, then
   * sleeps, then runs the point with {@link SparkSweep#EXECUTE}.
   */
  static final class SlowRecorded implements RunFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public String run(String sweepDir, RunTask task) throws Exception {
      int attempt = TaskContext.get().attemptNumber();
      AtomicFiles.writeString(Path.of(sweepDir).resolve("attempt-" + task.index() + "-" + attempt),
          Long.toString(ProcessHandle.current().pid()));
      Thread.sleep(SLOW_MILLIS);
      return SparkSweep.EXECUTE.run(sweepDir, task);
    }
  }

  /** A recorded task attempt: grid point, attempt number, process id of its executor. */
  record Attempt(int index, int number, long pid) {
    @Override
    public String toString() {
      return index + "#" + number + "@" + pid;
    }
  }

  static List<Attempt> attempts(Path sweepDir) throws Exception {
    List<Attempt> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(sweepDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("attempt-")).toList()) {
        String[] parts = f.getFileName().toString().split("-");
        out.add(new Attempt(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
            Long.parseLong(Files.readString(f).trim())));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Attempt::index).thenComparingInt(Attempt::number));
    return out;
  }

  /** The runs of {@code sweepDir} that are finished, by name. */
  static List<String> finished(Path sweepDir) throws Exception {
    Path runs = sweepDir.resolve(LocalSweep.RUNS);
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(runs)) {
      return s.filter(RunDirectory::isFinished).map(p -> p.getFileName().toString()).sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aWorkerKilledMidSweepLosesAndDuplicatesNothing(Case c) throws Exception {
    List<SweepRun> plan = SweepPlan.of(c.sweep());
    assertThat(plan).as("grid points of " + c.label()).hasSizeGreaterThanOrEqualTo(8);
    cluster.ensureWorkers(2);
    awaitExecutors(2);
    Path local = tmp.resolve(c.label()).resolve("local");
    Path dir = tmp.resolve(c.label()).resolve("spark");
    LocalSweep.Summary reference =
        LocalSweep.run(local, c.sweep(), 2, false, new LocalSweep.Listener() {});
    assertThat(reference.failures()).isEmpty();

    ExecutorService driver = Executors.newSingleThreadExecutor();
    long started = System.nanoTime();
    try {
      Future<ResultsTable> sweep = driver.submit(
          () -> SparkSweep.run(spark, dir, c.sweep(), false, plan.size(), new SlowRecorded()));
      long killed = killWorkerOfFirstFinishedPoint(dir, sweep);
      ResultsTable table;
      try {
        table = sweep.get(SWEEP.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        sweep.cancel(true);
        throw new AssertionError("the sweep did not finish within " + SWEEP.toSeconds()
            + " s after the kill; finished runs " + finished(dir), e);
      }
      System.out.printf("%s: %d points in %.1f s; killed the worker of executor %d; "
          + "attempts (point#attempt@executor) %s%n", c.label(), plan.size(),
          (System.nanoTime() - started) / 1e9, killed, attempts(dir));
      assertNothingLostOrDuplicated(c, plan, local, dir, table, killed);
    } finally {
      driver.shutdownNow();
    }
  }

  /**
   * Waits until a grid point has finished and the executor that ran it has started another one,
   * then kills that executor's worker and the executor; returns the executor's process id.
   */
  static long killWorkerOfFirstFinishedPoint(Path dir, Future<ResultsTable> sweep)
      throws Exception {
    long deadline = System.nanoTime() + SWEEP.toNanos();
    while (System.nanoTime() < deadline) {
      if (sweep.isDone()) {
        sweep.get(); // rethrows the failure
        fail("the sweep finished before any worker was killed");
      }
      List<Integer> done = finished(dir).stream().map(n -> Integer.parseInt(n.substring(1)))
          .toList();
      if (!done.isEmpty()) {
        int first = done.get(0);
        List<Attempt> attempts = attempts(dir);
        long pid = attempts.stream().filter(a -> a.index() == first).findFirst().orElseThrow()
            .pid();
        // the executor has taken its next task: a kill now loses a running task
        if (attempts.stream().anyMatch(a -> a.pid() == pid && !done.contains(a.index()))) {
          StandaloneCluster.kill(cluster.workerOf(pid));
          return pid;
        }
      }
      Thread.sleep(20);
    }
    fail("no grid point finished, with its executor on to the next one, within "
        + SWEEP.toSeconds() + " s; finished runs " + finished(dir) + ", attempts " + attempts(dir)
        + "; logs in " + tmp.resolve("cluster"));
    return -1;
  }

  static void assertNothingLostOrDuplicated(Case c, List<SweepRun> plan, Path local, Path dir,
      ResultsTable table, long killedPid) throws Exception {
    // the kill did lose a task, and Spark ran it again on the surviving worker
    List<Attempt> attempts = attempts(dir);
    assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive))
        .as("killed executor " + killedPid + " alive").isNotEqualTo(java.util.Optional.of(true));
    assertThat(attempts).as("attempts " + attempts).anyMatch(a -> a.number() > 0);
    assertThat(attempts).as("attempts " + attempts)
        .filteredOn(a -> a.number() > 0).allMatch(a -> a.pid() != killedPid);

    List<Object> indices = table.rows().stream().map(r -> r.get(1)).toList();
    List<Object> expected = plan.stream().map(r -> (Object) (long) r.index()).toList();
    assertThat(indices).as(c.label() + ": indices in the table").isEqualTo(expected);
    assertThat(Files.readString(dir.resolve(ResultsTable.CSV)))
        .as(c.label() + ": results.csv on the cluster vs. the local executor")
        .isEqualTo(Files.readString(local.resolve(ResultsTable.CSV)));
    assertThat(finished(dir)).as(c.label() + ": finished runs")
        .isEqualTo(plan.stream().map(SweepRun::name).toList());
    try (Stream<Path> s = Files.list(dir.resolve(LocalSweep.RUNS))) {
      assertThat(s.count()).as(c.label() + ": run directories").isEqualTo(plan.size());
    }
    Map<String, Object> differing = new TreeMap<>();
    for (SweepRun r : plan) {
      RunDirectory.Comparison cmp = RunDirectory.compare(LocalSweep.runDir(local, r),
          LocalSweep.runDir(dir, r));
      if (!cmp.identical()) {
        differing.put(r.name(), cmp.files());
      }
    }
    assertThat(differing).as(c.label() + ": run directories unlike the local ones").isEmpty();
  }
}
