/**
 * The {@code isometry} study kind: the initial geometry of critical deep networks (experiment 1A of
 * docs/isometry.md &sect;3) over a list of fixed points q* and replicas, written as a run directory.
 */
package org.knotwork.isometry.study;
