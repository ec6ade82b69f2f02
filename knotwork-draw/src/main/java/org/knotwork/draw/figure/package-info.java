/**
 * Figures drawn with XChart and Java2D, independent of any study kind: the shared style
 * (colour-blind-safe Okabe&ndash;Ito {@link org.knotwork.draw.figure.Palette}, slide-sized fonts in
 * {@link org.knotwork.draw.figure.Style}), series and markers, heat maps, phase diagrams,
 * initialisation laws against Monte Carlo, and layouts of several panels
 * ({@link org.knotwork.draw.figure.Figure}) written as PNG (javax.imageio) or SVG (Apache Batik's
 * SVGGraphics2D) by {@link org.knotwork.draw.figure.FigureWriter}.
 */
package org.knotwork.draw.figure;
