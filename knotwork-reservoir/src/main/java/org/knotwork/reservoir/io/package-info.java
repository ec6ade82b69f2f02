/**
 * Files in and out for the reservoir module: time series from CSV ("bring your own time series"), and
 * experiment results as CSV tables (horizons per window, error curves, example forecasts, the cost table)
 * plus a JSON summary. Every file is written to a temporary file in the target folder and moved into
 * place atomically, so a reader never sees a half-written file.
 */
package org.knotwork.reservoir.io;
