package org.knotwork.landscape;

/**
 * A place where a silent neuron (&mu; = 0) added to a critical point makes a strict saddle: a root of
 * D(&beta;) = &Sigma;<sub>n</sub>r<sub>n</sub>(s(x<sub>n</sub> &minus; &beta;))<sub>+</sub> at which the
 * active-side residual mass S(&beta;) is non-zero (S15, S16). Adding a neuron with &mu; = 0 leaves f, the
 * residuals and every other gradient unchanged, and its own gradient (&minus;s&mu;S, D) vanishes there.
 *
 * @param orientation s = &plusmn;1 of the added neuron
 * @param beta the root &beta;* of D, strictly inside a gap between data points
 * @param residualMass S(&beta;*) (unweighted)
 * @param ramp R = &Sigma;<sub>n</sub>(s(x<sub>n</sub> &minus; &beta;*))<sub>+</sub><sup>2</sup>
 * @param curvature the predicted negative curvature w(R &minus; &radic;(R<sup>2</sup> + 4S<sup>2</sup>))/2 of
 *     the new neuron's (&beta;, &mu;) block
 */
public record SilentSaddle(int orientation, double beta, double residualMass, double ramp,
    double curvature) {}
