/**
 * Spiking E/I networks on one engine (theory: {@code docs/spiking.md}). First work: the spatially
 * wired balanced network of Huang, Ruff, Pyle, Rosenbaum, Cohen &amp; Doiron, "Circuit models of
 * low-dimensional shared variability in cortical networks", Neuron 101:337&ndash;348 (2019).
 * Sub-packages, bottom-up:
 * <ul>
 *   <li>{@code engine}: neuron and synapse parameters, populations as structures of arrays, CSR
 *       projections, Poisson and replay sources, the fixed-step simulator of (P3);</li>
 *   <li>{@code network}: the torus wiring of (P6) and the two-layer sheet network;</li>
 *   <li>{@code analysis}: counts, Fano factors, correlation against distance (P14), factor analysis
 *       (P15), the balanced mean field (P8);</li>
 *   <li>{@code field}: the neural-field stability analysis (P9)&ndash;(P13);</li>
 *   <li>{@code study}, {@code catalog}, {@code render}: the {@code spiking} study kind, its catalog
 *       entry and its figures;</li>
 *   <li>{@code bench}: a throughput measurement, outside the test suite.</li>
 * </ul>
 * The mathematical packages ({@code engine}, {@code network}, {@code analysis}, {@code field}) do no
 * I/O and no plotting.
 */
package org.knotwork.spiking;
