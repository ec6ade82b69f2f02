/**
 * Experiments on disk: the text forms of {@link org.knotwork.experiment.ExperimentSpec} (JSON and
 * YAML, with field overrides for command-line flags and sweep grids), run directories (the spec, the
 * data, metrics CSV, NumPy snapshots, networks, final metrics, and a manifest with version, commit,
 * JVM and wall time), and the NumPy {@code .npy}/{@code .npz} formats themselves.
 *
 * <p>Every file of a run directory except {@code manifest.json} is a pure function of the spec, the
 * data and the Knotwork version, so {@code knotwork rerun} can check a reproduction byte for byte
 * against the SHA-256 digests the manifest records.
 */
package org.knotwork.io.experiment;
