package org.knotwork.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.knotwork.experiment.sweep.LocalSweep;
import org.knotwork.experiment.sweep.ResultsTable;
import org.knotwork.experiment.sweep.SweepRun;
import org.knotwork.experiment.sweep.SweepSpec;
import org.knotwork.common.io.Json;
import org.knotwork.common.run.Manifest;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;

/** Runs a sweep with one Spark task per grid point (see the package documentation). */
public final class SparkSweep {
  private SparkSweep() {}

  /**
   * The default task: run the point into its directory unless finished (an interrupted directory of
   * a lost worker is continued to the same bytes), return its final metrics as JSON.
   */
  public static final RunFunction EXECUTE = SparkSweep::execute;

  /**
   * The work of one task: the run directory {@code sweepDir/runs/NAME} is written unless it is
   * already finished (an earlier attempt, or an earlier sweep), then its final metrics are read.
   */
  public static String execute(String sweepDir, RunTask task) throws Exception {
    Path runDir = Path.of(sweepDir).resolve(LocalSweep.RUNS).resolve(task.name());
    if (!RunDirectory.isFinished(runDir)) {
      Study<?> study = Studies.read(SpecText.parse(task.specJson(), SpecText.Syntax.JSON,
          "grid point " + task.name()), null);
      RunDirectory.run(study, runDir,
          RunDirectory.Options.of(1).inputsFrom(Path.of(task.inputs())));
    }
    return Json.write(Manifest.metricsTree(RunDirectory.manifest(runDir).metrics()));
  }

  /**
   * Runs every grid point of {@code sweep} that is not finished in {@code dir} as one Spark task
   * each, then writes the results table ({@code results.csv}, {@code results.parquet}) of all
   * points. Lost or failed tasks are retried by Spark ({@code spark.task.maxFailures}); a retry
   * continues the run directory of the lost attempt.
   *
   * @param spark the session whose cluster runs the tasks
   * @param dir the sweep directory, on a file system every executor sees under the same path
   * @param sweep the sweep
   * @param resume continue a sweep already planned in {@code dir}
   * @param partitions the number of Spark partitions, at least 1 (at most one per point is used)
   * @param fn what a task does with a grid point ({@link #EXECUTE}, or a wrapper around it)
   * @return the table, in grid order
   * @throws org.knotwork.common.io.InputException if {@code dir} holds another sweep, or holds a
   *     sweep and {@code resume} is not set
   * @throws IllegalStateException if the job fails on the cluster (the finished runs stay; resume
   *     continues the sweep) or a point comes back twice or not at all
   */
  public static ResultsTable run(SparkSession spark, Path dir, SweepSpec sweep, boolean resume,
      int partitions, RunFunction fn) {
    if (spark == null || dir == null || sweep == null || fn == null) {
      throw new IllegalArgumentException("SparkSweep.run needs a Spark session, a sweep directory, "
          + "a sweep and a run function");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
    }
    List<SweepRun> plan = LocalSweep.prepare(dir, sweep, resume);
    List<RunTask> tasks = plan.stream()
        .map(r -> new RunTask(r.index(), r.name(), r.study().json(), sweep.inputs().toString()))
        .toList();
    String root = dir.toAbsolutePath().toString();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> results;
    try {
      results = jsc.parallelize(tasks, Math.min(partitions, Math.max(1, tasks.size())))
          .map(t -> result(t, fn.run(root, t))).collect();
    } catch (Exception e) { // Spark's checked SparkException, thrown undeclared
      throw new IllegalStateException("the sweep in " + root + " failed on the cluster (its "
          + "finished runs stay; resume continues it): " + SparkSweepMain.firstLine(e.getMessage()),
          e);
    }
    Map<Integer, Map<String, Object>> byIndex = new HashMap<>();
    for (String line : results) {
      int tab = line.indexOf('\t');
      int index = Integer.parseInt(line.substring(0, tab));
      Map<String, Object> m;
      try {
        m = ResultsTable.columns(Manifest.metrics(Json.MAPPER.readTree(line.substring(tab + 1))));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("grid point " + index + " returned malformed metrics: "
            + e.getOriginalMessage(), e);
      }
      if (byIndex.put(index, m) != null) {
        throw new IllegalStateException("grid point " + index + " came back twice");
      }
    }
    for (SweepRun r : plan) {
      if (!byIndex.containsKey(r.index())) {
        throw new IllegalStateException("grid point " + r.index() + " (" + r.name()
            + ") came back without a result");
      }
    }
    ResultsTable table = ResultsTable.of(sweep.axes(), plan, r -> byIndex.get(r.index()));
    table.write(dir);
    return table;
  }

  /** What a task sends back: the index, a tab, the metrics JSON. */
  private static String result(RunTask task, String metrics) {
    if (metrics == null || metrics.isBlank()) {
      throw new IllegalStateException("grid point " + task.index() + " (" + task.name()
          + ") returned no metrics");
    }
    return task.index() + "\t" + metrics;
  }
}
