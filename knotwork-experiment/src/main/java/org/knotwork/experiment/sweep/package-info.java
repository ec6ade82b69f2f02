/**
 * Sweeps: Cartesian products over fields of an {@link org.knotwork.experiment.ExperimentSpec}
 * ({@link org.knotwork.experiment.sweep.GridAxis}, {@link org.knotwork.experiment.sweep.SweepSpec}),
 * planned into fully determined runs ({@link org.knotwork.experiment.sweep.SweepPlan}), executed in
 * parallel on one machine ({@link org.knotwork.experiment.sweep.LocalSweep}) or on Spark (module
 * {@code knotwork-spark}), and collected into one table ({@link org.knotwork.experiment.sweep.ResultsTable},
 * CSV and Parquet).
 *
 * <p>Layout of a sweep directory: {@code sweep.json} (the base spec and the axes), {@code runs/rNNNN/}
 * (one run directory per point, see {@link org.knotwork.common.run.RunDirectory}),
 * {@code results.csv} and {@code results.parquet}. A run is finished exactly when its manifest exists
 * (written last, atomically); a resumed sweep skips finished runs and redoes the others, so a crash
 * never loses a finished run and never produces a second copy of one. Every run is determined by its
 * own spec, so the table does not depend on the number of threads or machines.
 */
package org.knotwork.experiment.sweep;
