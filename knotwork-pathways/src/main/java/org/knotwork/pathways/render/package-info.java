/**
 * Figures and videos of pathway runs, drawn with the toolkit of knotwork-draw: mode
 * strengths K<sub>j,&alpha;&alpha;</sub> over training per pathway with the loss curve, heat maps of
 * the mode-coordinate matrices K<sub>j</sub> = U<sup>T</sup>&Omega;<sub>j</sub>V (notes deep-linear.md
 * &sect;2.1, &sect;3.2), the reduced model's phase planes (&sect;2.3, &sect;3.3) and a GIF/MP4 video of
 * K over training. {@link org.knotwork.pathways.render.PathwaysFigures} builds figures from arrays;
 * {@link org.knotwork.pathways.render.RunRenderer} reads a run directory of the study kinds
 * {@code pathways} and {@code pathways-phase-plane} and writes the files; {@link
 * org.knotwork.pathways.render.PathwaysRenderer} and {@link
 * org.knotwork.pathways.render.PhasePlaneRenderer} are its {@code StudyRenderer}s (registered in
 * {@code META-INF/services}). Output bytes depend only on
 * the input arrays.
 */
package org.knotwork.pathways.render;
