/**
 * The two coordinate systems of a shallow univariate ReLU network and the exact maps between them.
 *
 * <p>A network f(x) = c + &Sigma;<sub>i</sub> v<sub>i</sub>&middot;relu(w<sub>i</sub>x + b<sub>i</sub>)
 * (equation S1 of {@code docs/spline-lens.md}) is held either in <em>network coordinates</em>
 * {@link org.knotwork.net.NetworkParams} (w, b, v, c) or in <em>spline coordinates</em>
 * {@link org.knotwork.net.SplineParams} (knots &beta;, delta-slopes &mu;, orientations s, offset c; S2,
 * S3). Spline coordinates are coordinates on the orbit space of the per-neuron rescaling symmetry
 * (w, b, v) &rarr; (aw, ab, v/a), a &gt; 0; the inverse map picks a documented representative of each
 * orbit (S5). {@link org.knotwork.net.CanonicalSpline} is the unique knot set of the function (S4), used
 * for function equality, plotting and knot counting.
 *
 * <p>Everything here is one-dimensional in x. The d-dimensional lens (each neuron a hyperplane with a
 * unit normal, an offset and a delta-slope; notes &sect;8) is meant to live in a sibling package with
 * the same shape, not inside these types.
 */
package org.knotwork.net;
