package org.knotwork.spark;

import java.nio.file.Files;
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
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.spec.SpecText;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.experiment.study.SplineStudy;
import org.knotwork.io.experiment.ExperimentFiles;

/** Runs a sweep with one Spark task per grid point (see the package documentation). */
public final class SparkSweep {
  private SparkSweep() {}

  /** The default task: run the point into its directory unless finished, return its final.json. */
  public static final RunFunction EXECUTE = SparkSweep::execute;

  /**
   * The work of one task: the run directory {@code sweepDir/runs/NAME} is written unless it is
   * already finished (an earlier attempt, or an earlier sweep), then its final metrics are read.
   */
  public static String execute(String sweepDir, RunTask task) throws Exception {
    Path runDir = Path.of(sweepDir).resolve(LocalSweep.RUNS).resolve(task.name());
    if (!RunDirectory.isFinished(runDir)) {
      Study<?> study = Studies.read(SpecText.parse(task.specJson(), SpecText.Syntax.JSON,
          "grid point " + task.name()), SplineStudy.NAME);
      RunDirectory.run(study, runDir, RunDirectory.Options.of(1));
    }
    return Files.readString(runDir.resolve(ExperimentFiles.FINAL));
  }

  /**
   * Plans {@code sweep} in {@code dir} (as {@link LocalSweep#prepare} does), runs every point as a
   * Spark task with {@code fn}, and writes the results table.
   *
   * @param dir the sweep directory, on a file system every executor sees
   * @param resume continue a sweep already in {@code dir}
   * @param partitions number of Spark partitions, &ge; 1 (one per run balances best)
   * @throws IllegalStateException if some grid point came back twice or not at all
   */
  public static ResultsTable run(SparkSession spark, Path dir, SweepSpec sweep, boolean resume,
      int partitions, RunFunction fn) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
    }
    List<SweepRun> plan = LocalSweep.prepare(dir, sweep, resume);
    List<RunTask> tasks = plan.stream()
        .map(r -> new RunTask(r.index(), r.name(), SplineStudy.of(r.spec()).json())).toList();
    String root = dir.toAbsolutePath().toString();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> results = jsc.parallelize(tasks, Math.min(partitions, Math.max(1, tasks.size())))
        .map(t -> t.index() + "\t" + fn.run(root, t)).collect();
    Map<Integer, Map<String, Object>> byIndex = new HashMap<>();
    for (String line : results) {
      int tab = line.indexOf('\t');
      int index = Integer.parseInt(line.substring(0, tab));
      Map<String, Object> m;
      try {
        m = ResultsTable.metrics(Json.MAPPER.readTree(line.substring(tab + 1)),
            "result of grid point " + index);
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
}
