/**
 * Timings of the module's computations (a main class, not a test): the geometry of experiment 1A,
 * to compare with {@code bench/isometry_peer_torch.py} (docs/isometry.md &sect;5).
 */
package org.knotwork.isometry.bench;
