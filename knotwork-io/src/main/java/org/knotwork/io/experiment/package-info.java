/**
 * Spline-lens experiments on disk: their inputs (data files, network files, and on a rerun the
 * recorded ones) and the files a run writes after training (spline form, NumPy snapshots, Hessian,
 * final metrics). The spec's text form is read and written by the {@code spline} study kind
 * (knotwork-experiment) through {@code org.knotwork.common.spec}; the run directory's spec and
 * manifest by {@code org.knotwork.common.run.RunDirectory}.
 */
package org.knotwork.io.experiment;
