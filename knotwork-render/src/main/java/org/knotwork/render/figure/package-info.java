/**
 * Figures drawn with XChart: panels (function space, spline space, loss, knot trajectories,
 * spectrum and inertia, initialisation laws against Monte Carlo, regime phase diagrams), their
 * shared style (colour-blind-safe Okabe&ndash;Ito palette, slide-sized fonts), and layouts of several
 * panels written as PNG (javax.imageio) or SVG (Apache Batik's SVGGraphics2D).
 */
package org.knotwork.render.figure;
