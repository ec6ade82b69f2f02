package org.knotwork.landscape;

/**
 * The type of a point of the loss surface, decided from the active-side moments (S15, S16) and
 * checked against the Hessian.
 */
public enum CriticalPointType {
  /** The gradient exceeds the stated tolerance. */
  NOT_CRITICAL,
  /**
   * A knot sits on a data point (within the contact tolerance), where the loss is not
   * differentiable, and the point is not stationary there: some one-sided knot derivative points away
   * from the data point, or another gradient component exceeds the tolerance.
   */
  NONSMOOTH,
  /**
   * A knot sits on a data point x<sub>k</sub> and is trapped there: the one-sided derivatives of L in
   * &beta;<sub>i</sub> satisfy &part;<sup>&minus;</sup> &le; 0 &le; &part;<sup>+</sup>, so gradient flow pushes the
   * knot onto x<sub>k</sub> from both sides (Filippov sliding, notes &sect;2), and every other gradient
   * component is below tolerance: a Clarke-stationary point, minimal along each trapped knot. S16
   * does not apply and no further type is claimed.
   */
  TRAPPED_KNOT,
  /**
   * A local minimum (S16: every S<sub>i</sub> = 0) whose spline-coordinate Hessian is positive
   * definite: isolated up to the rescaling and permutation symmetries.
   */
  MINIMUM,
  /**
   * A local minimum by S16 whose spline-coordinate Hessian is singular: it lies on a flat manifold
   * of minima (dead neurons, same-gap knot groups, zero-delta-slope neurons with S = 0; notes &sect;3).
   */
  DEGENERATE_MINIMUM,
  /**
   * A strict saddle: some zero-delta-slope ("silent") neuron has D<sub>i</sub> = 0 but
   * S<sub>i</sub> &ne; 0, so its (&beta;<sub>i</sub>, &mu;<sub>i</sub>) block has determinant
   * &minus;w<sup>2</sup>S<sub>i</sub><sup>2</sup> &lt; 0 (S16).
   */
  STRICT_SADDLE
}
