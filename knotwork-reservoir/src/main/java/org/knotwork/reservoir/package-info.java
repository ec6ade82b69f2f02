/**
 * Reservoir computers versus domain-driven regression on Lorenz systems, at 64, 32 and 16 bits
 * (theory: {@code docs/reservoir.md}, "the notes" below).
 *
 * <p>Reference: R. Pyle, N. Jovanovic, D. Subramanian, K. V. Palem, A. B. Patel, "Domain-driven models
 * yield better predictions at lower cost than reservoir computers in Lorenz systems", Phil. Trans. R.
 * Soc. A 379:20200246 (2021). Sub-packages, bottom-up:
 * <ul>
 *   <li>{@code system}: Lorenz 63 and three-tier Lorenz 96 right-hand sides, RK4 and adaptive
 *       integration, trajectory sampling, Benettin's largest Lyapunov exponent (notes &sect;1&ndash;2);</li>
 *   <li>{@code series}: sampled multivariate time series and normalisation fitted on training data;</li>
 *   <li>{@code precision}: binary64/32/16 rounding and the truncating mantissa/exponent emulator
 *       (notes &sect;6, checks 15&ndash;18);</li>
 *   <li>{@code linalg}: CSR matrices, Perron-root power iteration, streaming Gram accumulation and the
 *       ridge solve (notes &sect;3.3, &sect;11);</li>
 *   <li>{@code esn} and {@code d2r2}: the two model families (notes &sect;3, &sect;4);</li>
 *   <li>{@code scoring}: the one forecast-scoring harness shared by every model (notes &sect;5);</li>
 *   <li>{@code cost}: the explicit operation counter (notes &sect;7, check 19);</li>
 *   <li>{@code experiment}: specs, presets and runners of the reproduction experiments (notes &sect;8);</li>
 *   <li>{@code io}: CSV in, CSV/JSON out, written atomically;</li>
 *   <li>{@code bench}: a documented throughput and memory measurement, outside the test suite.</li>
 * </ul>
 */
package org.knotwork.reservoir;
