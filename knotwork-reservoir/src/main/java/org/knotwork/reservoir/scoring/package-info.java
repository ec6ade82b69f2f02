/**
 * The one scoring harness every model goes through (notes &sect;5, &sect;11, check 10): for each test
 * window with origin s, the model sees a copy of the samples up to and including u(s) and forecasts
 * u(s + 1) &hellip; u(s + L); the per-step error is e(t) = &Vert;&ucirc;(t) &minus; u(t)&Vert; /
 * &Vert;u(t)&Vert;, the horizon the number of leading steps with e &le; threshold (0.3 in the paper), and
 * means and spreads are taken over all windows.
 */
package org.knotwork.reservoir.scoring;
