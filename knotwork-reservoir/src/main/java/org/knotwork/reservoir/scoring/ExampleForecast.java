package org.knotwork.reservoir.scoring;

/**
 * A forecast and the truth over one window, kept for attractor plots.
 *
 * @param window window index q
 * @param origin origin s
 * @param forecast L &times; K predictions of u(s+1) &hellip; u(s+L)
 * @param truth L &times; K true samples u(s+1) &hellip; u(s+L)
 */
public record ExampleForecast(int window, int origin, double[][] forecast, double[][] truth) {}
