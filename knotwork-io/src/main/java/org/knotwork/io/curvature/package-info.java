/**
 * JSON and CSV forms of the curvature and loss-landscape results ({@code org.knotwork.curvature},
 * {@code org.knotwork.landscape}), and the reader of parameter-vector trajectories. JSON objects are
 * built as ordered maps for {@link org.knotwork.common.io.Json#write}; numbers that are not finite (an
 * undefined D of a knotless neuron, an infinite error ratio) are written as {@code null}, never as the
 * non-standard NaN token. CSV uses Java's shortest round-trip form of doubles.
 */
package org.knotwork.io.curvature;

