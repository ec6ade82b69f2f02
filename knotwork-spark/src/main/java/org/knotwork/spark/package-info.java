/**
 * Sweeps on Apache Spark ({@link org.knotwork.spark.SparkSweep}, entry point
 * {@link org.knotwork.spark.SparkSweepMain} for {@code spark-submit}). The driver plans the sweep
 * exactly as the local executor does ({@code org.knotwork.experiment.sweep}), each Spark task runs one
 * point into its run directory on a file system shared by driver and executors and returns the run's
 * final metrics, and the driver writes the same results table (CSV and Parquet).
 *
 * <p>Failures neither lose nor duplicate a run: a run is finished exactly when its manifest exists
 * (written last, atomically), a retried task skips a finished run and redoes an unfinished one
 * (whose half-written files it replaces), every run's bytes are determined by its spec, and the
 * driver checks that it received exactly one result per grid point before it writes the table.
 * Speculative execution must stay off (Spark's default), so that two attempts never write one run
 * directory at the same time.
 */
package org.knotwork.spark;
