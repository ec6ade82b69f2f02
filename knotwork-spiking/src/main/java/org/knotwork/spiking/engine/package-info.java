/**
 * The fixed-step spiking engine (docs/spiking.md (P1)&ndash;(P7), &sect;5): EIF and LIF
 * populations as structures of arrays, difference-of-exponential synapse classes, CSR projections
 * by presynaptic cell, Poisson and replay sources, and the simulator whose passes (a)&ndash;(d)
 * give the same bytes at any thread count. No I/O.
 */
package org.knotwork.spiking.engine;
