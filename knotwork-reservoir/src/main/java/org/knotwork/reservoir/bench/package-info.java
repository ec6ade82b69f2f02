/**
 * Throughput and memory measurements of training and forecasting, run as a plain {@code main} outside
 * the test suite (tests never time anything). See {@link org.knotwork.reservoir.bench.Throughput}.
 */
package org.knotwork.reservoir.bench;
