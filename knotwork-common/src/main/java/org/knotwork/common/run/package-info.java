/**
 * Run directories and their one manifest, the same for every study kind: the canonical spec, the
 * study's files and a manifest (version, commit, JVM, seed, threads, final metrics, SHA-256 of every
 * other file) written last, so that a run is finished exactly when its manifest exists and {@code
 * rerun} can check a reproduction byte for byte.
 */
package org.knotwork.common.run;
