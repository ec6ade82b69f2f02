/**
 * The squared loss L = w&middot;&frac12;&Sigma;<sub>n</sub>(f(x<sub>n</sub>) &minus; y<sub>n</sub>)<sup>2</sup>
 * (w = 1/N by default, {@link org.knotwork.loss.LossNormalization}) with its gradient, exact Hessian and
 * Hessian-vector product, in network and in spline coordinates.
 *
 * <p>Two evaluation paths implement {@link org.knotwork.loss.LossEvaluator}:
 * <ul>
 *   <li>{@link org.knotwork.loss.SweepLoss}, the production path: the data are sorted once; each
 *       neuron's active set is an interval of the sorted data found by binary search; function values
 *       come from bucketed prefix sums of per-neuron affine pieces, gradients from prefix sums of
 *       r and r&middot;x, dense Hessians from prefix moments &Sigma;1, &Sigma;x, &Sigma;x<sup>2</sup>
 *       over the intersection of two active intervals. Values and gradient cost O(N + H log N) after
 *       the O(N log N) sort, the dense Hessian O(H<sup>2</sup> + N log N), and no N&times;H array is
 *       ever built.</li>
 *   <li>{@link org.knotwork.loss.LossWorkspace}, the same path for iterative methods: loss and
 *       gradient into caller buffers with no allocation per call, each neuron's cut found by
 *       galloping from its previous value (O(1) when knots move little, so O(N + H) per call), with
 *       results bit-identical to a fresh evaluation. In network coordinates it runs the fused
 *       sweeps of {@code NetworkSweep} (three passes over the points, two over the neurons, no
 *       branch on the neurons' random orientations), the same operations in the same order.</li>
 *   <li>{@link org.knotwork.loss.NaiveLoss}, the O(N&middot;H) reference that builds the Jacobian
 *       explicitly; it exists to test the production path.</li>
 * </ul>
 *
 * <p><b>Knots on data points.</b> Where a data point sits exactly on a knot the loss is not
 * differentiable. Both paths use relu'(0) = 0 (the convention of PyTorch autograd): a neuron is active
 * at x<sub>n</sub> only if w<sub>i</sub>x<sub>n</sub> + b<sub>i</sub> &gt; 0 (network coordinates) or
 * s<sub>i</sub>(x<sub>n</sub> &minus; &beta;<sub>i</sub>) &gt; 0 (spline coordinates), evaluated in
 * floating point exactly as written. The gradient and Hessian returned there are those of the smooth
 * branch on which the point is inactive for that neuron, i.e. the one-sided derivatives in the
 * direction that moves the knot away from the point's active side.
 * {@link org.knotwork.loss.SweepLoss#contacts} lists such coincidences.
 */
package org.knotwork.loss;
