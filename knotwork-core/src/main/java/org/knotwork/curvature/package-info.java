/**
 * Curvature of the loss of a shallow univariate ReLU network, exact and estimated, in network and in
 * spline coordinates.
 *
 * <p>For these networks the exact answer is cheap: the dense Hessian (S17, S18) costs
 * O(H<sup>2</sup> + N log N) and its eigen-decomposition is a small dense problem. So this package
 * offers both the product and the ground truth:
 * <ul>
 *   <li>{@link org.knotwork.curvature.CurvaturePoint}: the Hessian at a point, its matrix-free product,
 *       the Gauss&ndash;Newton/residual split and the empirical tangent kernel;</li>
 *   <li>{@link org.knotwork.curvature.Spectrum} with inertia at a stated
 *       {@link org.knotwork.curvature.ZeroTolerance}, and
 *       {@link org.knotwork.curvature.NullDirections}, which labels the null directions that come from
 *       the rescaling symmetry;</li>
 *   <li>{@link org.knotwork.curvature.GaussNewtonSplit}: H = wJ<sup>T</sup>J + R and the identity of the
 *       positive spectrum with the tangent kernel's at interpolating minima (S19);</li>
 *   <li>matrix-free estimators on any {@link org.knotwork.curvature.SymmetricOperator}:
 *       {@link org.knotwork.curvature.Lanczos} (top-k / bottom-k), stochastic Lanczos quadrature
 *       {@link org.knotwork.curvature.SpectralDensity} and {@link org.knotwork.curvature.HutchinsonTrace},
 *       each of which reports an {@link org.knotwork.curvature.EstimatorError} against the exact dense
 *       spectrum when there is one.</li>
 * </ul>
 * Randomness comes only from {@link org.knotwork.common.random.Rng}, so the same seed gives the same bytes.
 */
package org.knotwork.curvature;
