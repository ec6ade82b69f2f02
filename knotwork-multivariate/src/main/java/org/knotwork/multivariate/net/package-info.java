/**
 * Shallow ReLU networks on R<sup>d</sup> in two coordinate systems and the exact maps between them
 * (docs/multivariate-deep.md §1): {@link org.knotwork.multivariate.net.ShallowNet} holds network
 * coordinates (w<sub>i</sub> &isin; R<sup>d</sup>, b<sub>i</sub>, v<sub>i</sub>, c) and {@link
 * org.knotwork.multivariate.net.HyperplaneNet} hyperplane coordinates (unit normal n<sub>i</sub>,
 * signed offset &beta;<sub>i</sub>, delta-slope &mu;<sub>i</sub>, c), the quotient by the
 * per-neuron rescaling symmetry. In d = 1 they reduce to the univariate network and spline
 * coordinates of {@code org.knotwork.net} (knot = n<sub>i</sub>&beta;<sub>i</sub>, orientation =
 * n<sub>i</sub>).
 */
package org.knotwork.multivariate.net;
