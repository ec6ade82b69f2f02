package org.knotwork.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.knotwork.experiment.sweep.LocalSweep;
import org.knotwork.experiment.sweep.ResultsTable;
import org.knotwork.experiment.sweep.SweepSpec;

/**
 * {@code spark-submit --class org.knotwork.spark.SparkSweepMain knotwork-spark-all.jar SWEEP_DIR
 * [PARTITIONS]}: runs (or resumes) the sweep planned in {@code SWEEP_DIR/sweep.json} (written by
 * {@code knotwork sweep ... --out SWEEP_DIR --plan}) on the cluster and writes
 * {@code SWEEP_DIR/results.csv} and {@code results.parquet}. {@code SWEEP_DIR} must be on a file
 * system that the driver and every executor see under the same path.
 */
public final class SparkSweepMain {
  private SparkSweepMain() {}

  /** Entry point; exits with status 2 on bad arguments. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: SparkSweepMain SWEEP_DIR [PARTITIONS]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    SweepSpec sweep = SweepSpec.read(dir.resolve(LocalSweep.SWEEP_FILE));
    int partitions = args.length == 2 ? Integer.parseInt(args[1]) : (int) sweep.size();
    SparkSession spark = SparkSession.builder().appName("knotwork sweep " + dir).getOrCreate();
    try {
      ResultsTable t = SparkSweep.run(spark, dir, sweep, true, partitions, SparkSweep.EXECUTE);
      System.out.println("knotwork: " + t.rows().size() + " runs; table "
          + dir.resolve(ResultsTable.CSV) + " and " + dir.resolve(ResultsTable.PARQUET));
    } finally {
      spark.stop();
    }
  }
}
