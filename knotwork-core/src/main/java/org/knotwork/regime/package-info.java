/**
 * Implicit regularisation: the reference solutions that a trained network is compared with, and the
 * order parameters that place a run between the kernel and the adaptive regime (spline-lens.md
 * &sect;6, S24).
 *
 * <ul>
 *   <li>{@link org.knotwork.regime.Interpolant}: the natural cubic spline interpolant (the kernel
 *       regime's limit for a uniform knot density) and the linear interpolant with knots at the data
 *       (the adaptive regime's limit), each named so that it cannot be confused with another
 *       prediction.</li>
 *   <li>{@link org.knotwork.regime.ReluKernel}: the analytic NNGP and NTK of a one-hidden-layer ReLU
 *       network with bias, in standard and NTK parameterisation, exact in expectation at any width;
 *       {@link org.knotwork.regime.KernelRegression}: the linearised model's predictions at flow time
 *       t and at t = &infin;.</li>
 *   <li>{@link org.knotwork.regime.OrderParameters}: relative parameter change, knot displacement,
 *       the fraction of |&mu;| mass at the data, &Sigma;|&mu;| inside the data hull against the linear
 *       interpolant's total slope variation, and distances to each reference.</li>
 * </ul>
 */
package org.knotwork.regime;
