/**
 * Reward-modulated reservoir learning: SUPERTREX against FORCE and RMHL (theory: {@code
 * docs/supertrex.md}; specification: section 1 of the spiking.md notes of the research line).
 *
 * <p>Reference: R. Pyle, R. Rosenbaum, "A reservoir computing model of reward-modulated motor
 * learning and automaticity", Neural Computation 31(7):1430&ndash;1461 (2019), with the authors'
 * MATLAB scripts and the ReScience C replication by Sankar, Thou, Rougier and Leblois. Sub-packages:
 * <ul>
 *   <li>{@code model}: the rate network, the three learning rules, the three tasks, the test
 *       protocol and the deviation metric (no I/O);</li>
 *   <li>{@code study}: the {@code supertrex} study kind (spec, run directory files);</li>
 *   <li>{@code catalog}: its reproduction-catalog entries;</li>
 *   <li>{@code render}: figures and the arm video of its runs (on knotwork-draw);</li>
 *   <li>{@code bench}: Euler steps per second, outside the test suite.</li>
 * </ul>
 */
package org.knotwork.supertrex;
