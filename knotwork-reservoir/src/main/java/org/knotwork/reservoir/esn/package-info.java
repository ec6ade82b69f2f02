/**
 * Echo state networks as in Pathak &rarr; Chattopadhyay &rarr; Pyle (notes &sect;3): a sparse
 * non-negative reservoir in CSR form scaled to a spectral radius by power iteration, block-structured
 * input weights, no bias, no leak, tanh activation, the squared-even-states readout transforms T1/T2,
 * and a ridge readout trained by streaming Gram accumulation. The LSR and HSR recipes of the notes are
 * named presets of {@link org.knotwork.reservoir.esn.EsnConfig}.
 *
 * <p>Alignment: the state r(t) is the state after reading u(t) and is regressed on u(t + 1); a forecast
 * from origin s warms up on u(s &minus; W + 1) &hellip; u(s) from a zero state, so its first output
 * estimates u(s + 1), exactly the target the scoring harness compares it with.
 */
package org.knotwork.reservoir.esn;
