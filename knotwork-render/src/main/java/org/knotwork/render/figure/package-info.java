/**
 * Spline-lens panels drawn with XChart on the toolkit of knotwork-draw
 * ({@code org.knotwork.draw.figure}): function space, spline space, loss, knot trajectories, and
 * the Hessian spectrum and inertia over training.
 */
package org.knotwork.render.figure;
