/**
 * Figures and videos of pathway runs through the rendering module (knotwork-render): mode
 * strengths K<sub>j,&alpha;&alpha;</sub> over training per pathway with the loss curve, heat maps of
 * the mode-coordinate matrices K<sub>j</sub> = U<sup>T</sup>&Omega;<sub>j</sub>V (notes deep-linear.md
 * &sect;2.1, &sect;3.2), the reduced model's phase planes (&sect;2.3, &sect;3.3) and a GIF/MP4 video of
 * K over training. {@link org.knotwork.render.pathways.PathwaysFigures} builds figures from arrays;
 * {@link org.knotwork.render.pathways.RunRenderer} reads a run directory of the study kinds
 * {@code pathways} and {@code pathways-phase-plane} and writes the files; {@link
 * org.knotwork.render.pathways.PathwaysRenderer} and {@link
 * org.knotwork.render.pathways.PhasePlaneRenderer} are its {@code StudyRenderer}s (registered in
 * {@code META-INF/services}). Output bytes depend only on
 * the input arrays.
 */
package org.knotwork.render.pathways;
