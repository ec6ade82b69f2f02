package org.knotwork.landscape;

/**
 * A direction of negative curvature at a strict saddle created by a silent neuron i (S16): the
 * negative eigenvector of w&middot;[[0, &minus;s<sub>i</sub>S<sub>i</sub>], [&minus;s<sub>i</sub>S<sub>i</sub>,
 * R<sub>i</sub>]] in the (&beta;<sub>i</sub>, &mu;<sub>i</sub>) plane, with R<sub>i</sub> =
 * &Sigma;<sub>n</sub>(s<sub>i</sub>(x<sub>n</sub> &minus; &beta;<sub>i</sub>))<sub>+</sub><sup>2</sup>. Along the
 * unit vector e the loss falls as L(&theta; + te) &minus; L(&theta;) = &frac12;t<sup>2</sup>&lambda; + O(t<sup>3</sup>),
 * with &lambda; = w(R &minus; &radic;(R<sup>2</sup> + 4S<sup>2</sup>))/2 exactly the Rayleigh quotient of the
 * full Hessian along e.
 *
 * @param neuron the silent neuron
 * @param curvature &lambda; &lt; 0, the block's negative eigenvalue
 * @param direction the unit direction in the flat spline layout (non-zero only at &beta;<sub>i</sub>,
 *     &mu;<sub>i</sub>)
 */
public record EscapeDirection(int neuron, double curvature, double[] direction) {

  /** Copies. */
  public EscapeDirection {
    direction = direction.clone();
  }

  @Override
  public double[] direction() {
    return direction.clone();
  }
}
