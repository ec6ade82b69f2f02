package org.knotwork.spark;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.knotwork.common.io.InputException;
import org.knotwork.experiment.sweep.LocalSweep;
import org.knotwork.experiment.sweep.ResultsTable;
import org.knotwork.experiment.sweep.SweepSpec;

/**
 * {@code spark-submit --class org.knotwork.spark.SparkSweepMain knotwork-spark-all.jar SWEEP_DIR
 * [PARTITIONS]}: runs (or resumes) the sweep planned in {@code SWEEP_DIR/sweep.json} (written by
 * {@code knotwork sweep ... --out SWEEP_DIR --plan}) on the cluster and writes
 * {@code SWEEP_DIR/results.csv} and {@code results.parquet}. {@code SWEEP_DIR} must be on a file
 * system that the driver and every executor see under the same path.
 *
 * <p>Bad arguments or a bad sweep file print one line and exit with status 2 (before any Spark
 * session is created); a sweep that fails on the cluster prints one line and exits with status 1.
 */
public final class SparkSweepMain {
  /** The usage line. */
  public static final String USAGE = "usage: SparkSweepMain SWEEP_DIR [PARTITIONS]";

  private SparkSweepMain() {}

  /**
   * The checked arguments.
   *
   * @param dir the sweep directory
   * @param sweep the sweep read from its {@code sweep.json}
   * @param partitions the number of Spark partitions (default: one per grid point)
   */
  public record Arguments(Path dir, SweepSpec sweep, int partitions) {}

  /**
   * Checks the arguments and reads the sweep.
   *
   * @throws InputException with a one-line message naming what is wrong
   */
  public static Arguments parse(String... args) {
    if (args == null || args.length < 1 || args.length > 2) {
      throw new InputException(USAGE);
    }
    Path dir;
    try {
      dir = Path.of(args[0]).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new InputException("SWEEP_DIR: not a path: " + args[0]);
    }
    if (!Files.isDirectory(dir)) {
      throw new InputException("SWEEP_DIR: " + dir + " is not a directory; plan the sweep "
          + "there first (knotwork sweep ... --out DIR --plan)");
    }
    Path file = dir.resolve(LocalSweep.SWEEP_FILE);
    if (!Files.isRegularFile(file)) {
      throw new InputException("SWEEP_DIR: " + dir + " holds no " + LocalSweep.SWEEP_FILE
          + "; plan the sweep there first (knotwork sweep ... --out DIR --plan)");
    }
    SweepSpec sweep;
    try {
      sweep = SweepSpec.read(file);
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InputException("sweep file " + file + ": " + e.getMessage(), e);
    }
    int partitions;
    if (args.length == 2) {
      try {
        partitions = Integer.parseInt(args[1].trim());
      } catch (NumberFormatException e) {
        throw new InputException("PARTITIONS must be a whole number >= 1, got \"" + args[1]
            + "\"");
      }
      if (partitions < 1) {
        throw new InputException("PARTITIONS must be a whole number >= 1, got " + partitions);
      }
    } else {
      partitions = (int) Math.min(Integer.MAX_VALUE, Math.max(1, sweep.size()));
    }
    return new Arguments(dir, sweep, partitions);
  }

  /** Entry point; exits with status 2 on bad arguments, 1 if the sweep fails. */
  public static void main(String[] args) {
    Arguments a;
    try {
      a = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("knotwork-spark: " + firstLine(e.getMessage()));
      System.exit(2);
      return;
    }
    int status = 0;
    SparkSession spark = SparkSession.builder().appName("knotwork sweep " + a.dir())
        .getOrCreate();
    try {
      ResultsTable t = SparkSweep.run(spark, a.dir(), a.sweep(), true, a.partitions(),
          SparkSweep.EXECUTE);
      System.out.println("knotwork: " + t.rows().size() + " runs; table "
          + a.dir().resolve(ResultsTable.CSV) + " and " + a.dir().resolve(ResultsTable.PARQUET));
    } catch (InputException e) {
      System.err.println("knotwork-spark: " + firstLine(e.getMessage()));
      status = 2;
    } catch (RuntimeException e) {
      System.err.println("knotwork-spark: " + firstLine(e.getMessage()));
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The first line of a message (Spark's job failures carry the executor's stack trace). */
  static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "failed without a message";
    }
    String s = message.strip();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).strip();
  }
}
