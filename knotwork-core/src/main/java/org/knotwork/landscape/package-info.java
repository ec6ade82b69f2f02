/**
 * The loss surface of a shallow univariate ReLU network: classification of points, the saddles made
 * by silent neurons, a critical-point atlas over many seeds, and loss slices.
 *
 * <ul>
 *   <li>{@link org.knotwork.landscape.CriticalPoints} decides the type of a point from the active-side
 *       moments S, X, D (S6) by the critical-point conditions S15 and the classification theorem S16,
 *       handles knots on data points (one-sided derivatives, trapped knots), and cross-checks with the
 *       exact Hessian;</li>
 *   <li>{@link org.knotwork.landscape.SilentSaddles} finds the roots of D(&beta;) with S &ne; 0 where a
 *       zero-delta-slope neuron makes a strict saddle, and inserts one (notes E6);</li>
 *   <li>{@link org.knotwork.landscape.Atlas} trains many seeds with a minimal gradient-descent loop and
 *       tabulates where they end;</li>
 *   <li>{@link org.knotwork.landscape.LossSlices} and {@link org.knotwork.landscape.TrajectoryPlane} give
 *       1-D and 2-D slices along Hessian eigenvectors, single-knot moves, the rescaling orbit, segments
 *       and a trajectory's PCA plane, with path and plane computed from the same reference point.</li>
 * </ul>
 */
package org.knotwork.landscape;
