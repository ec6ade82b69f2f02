/**
 * Rendering of learning dynamics: figures, videos, the interactive viewer and run reports of the
 * spline lens, and the figures of the companion modules ({@link org.knotwork.render.pathways} for
 * deep linear pathways, {@link org.knotwork.render.reservoir} for reservoir runs). Rendering is a
 * front end: it depends on the mathematical modules, never the reverse.
 */
package org.knotwork.render;
