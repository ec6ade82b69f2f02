/**
 * What is drawn: a {@link org.knotwork.render.scene.Storyboard} turns a trajectory and a frame
 * selection into per-frame drawing data (exact polyline of f, knots, residuals, spectrum and inertia)
 * and a shared {@link org.knotwork.render.scene.Scene} (view window, references, scales) so every
 * frame of a video or viewer uses the same axes. Figures, videos, the viewer and the per-frame data
 * files all read from it, so what is drawn is exactly what is written.
 */
package org.knotwork.render.scene;
