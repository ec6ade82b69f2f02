/**
 * Training shallow networks on one timeline: discrete optimizers and the exact, event-driven
 * gradient flow, with snapshots, stopping rules, listeners and byte-exact checkpoints.
 *
 * <h2>Descent</h2>
 * {@link org.knotwork.train.UpdateRule}s (gradient descent, heavy-ball momentum, Adam) act on the
 * gradient of any {@link org.knotwork.objective.DifferentiableObjective}, full-batch or on seeded
 * minibatches ({@link org.knotwork.objective.MinibatchObjective}; step k's batch comes from
 * {@code Rng.of(seed, "minibatch/" + k)} alone). Step k sits at nominal time k&middot;&eta;, so gradient
 * descent with step &eta; is the explicit Euler method of the flow below (notes &sect;10, check 10) and
 * changes each &delta;<sub>i</sub> by exactly &eta;<sup>2</sup>(g<sub>w</sub><sup>2</sup> +
 * g<sub>b</sub><sup>2</sup> &minus; g<sub>v</sub><sup>2</sup>) (S14). Training in spline coordinates
 * (&beta;, &mu;, c; S8) is Euclidean descent there, a different dynamics from network coordinates:
 * the two are related by the metric G<sub>i</sub> of S13.
 *
 * <h2>The exact gradient flow</h2>
 * d&theta;/dt = &minus;&nabla;L(&theta;) (S11 in network coordinates, its Euclidean analogue in spline
 * coordinates) is piecewise polynomial: smooth inside each activation region, with jumps of the
 * knot velocities when a knot crosses a data point (notes &sect;2). The flow therefore integrates,
 * with Hipparchus' adaptive Dormand&ndash;Prince 8(5,3) method and the user's tolerances, the smooth
 * extension of the current region's field (the loss with the pattern held fixed, S16), and watches
 * the switching functions g = w<sub>i</sub>x<sub>j</sub> + b<sub>i</sub> (or s<sub>i</sub>(x<sub>j</sub> &minus;
 * &beta;<sub>i</sub>)) of the data points next to each knot, and w<sub>i</sub> for orientation flips.
 * After every accepted step the sign changes are found (with a cubic-Hermite check for a double
 * crossing inside the step), located on the step's dense output to the event tolerance with a
 * bracketing Brent solver, and the integration is stopped at the earliest one and restarted there
 * in the new mode. At each crossing the two one-sided fields decide (Filippov): the knot crosses, or,
 * if both push it onto the point, it is <em>pinned</em> there and slides, with the knot velocity
 * projected onto the surface (see {@code FlowField}); the pin ends when either one-sided field stops
 * pushing, a located event like the others. A knot trapped at a data point therefore produces one
 * PIN and one RELEASE event, not chattering. A function just reset by an event is unarmed until it
 * is strictly on its side (so a knot leaving a point tangentially cannot re-trigger at once), with a
 * guard band ({@code knotTolerance}) that corrects the pattern from the signs if it ever goes the
 * wrong way; every processed change counts against {@code maxEvents}, so a run always ends.
 * Between events the integrator is either Dormand&ndash;Prince (the default) or, selected by
 * {@link org.knotwork.train.FlowIntegrator#EXPRB43}, the exponential Rosenbrock method exprb43 with
 * &phi;-functions of the exact, symmetric Jacobian computed by Lanczos on Hessian-vector products
 * (docs/flow.md F5-F8): exact on linear flows and not limited by stiffness, so much cheaper in the
 * lazy regime; it shares the event search, applied to its cubic Hermite dense output.
 * The event log ({@link org.knotwork.train.FlowEvent}: time, neuron, data index, kind) is part of the
 * result. The balance &delta;<sub>i</sub> = w<sub>i</sub><sup>2</sup> + b<sub>i</sub><sup>2</sup> &minus;
 * v<sub>i</sub><sup>2</sup>, which the exact flow conserves (also while sliding), is reported as an
 * accuracy check ({@link org.knotwork.train.TrainResult#balanceDrift()}).
 *
 * <h2>Reproducibility</h2>
 * Same problem and spec, same bytes. Checkpoints are taken only where the uninterrupted run itself
 * restarts its integration (after a fixed number of accepted steps; Hipparchus chooses the initial
 * step of each segment from the state alone), and carry the parameters, optimizer buffers, the flow's
 * mode and its event log, so a resumed run replays the uninterrupted one exactly. Dead neurons (no
 * active data) get exactly zero gradients, and every rule skips zero updates, so their parameters
 * keep their bits.
 *
 * <p>Mathematics only: files are written by the I/O module's listeners.
 */
package org.knotwork.train;
