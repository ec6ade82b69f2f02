package org.knotwork.landscape;

import java.util.List;
import org.knotwork.curvature.Spectrum;

/**
 * The classification of one point of the loss surface (S15, S16), with the evidence.
 *
 * @param type the verdict
 * @param loss L at the point
 * @param gradientNorm &Vert;&nabla;L&Vert;<sub>2</sub> in spline coordinates, without the components of
 *     knots on data points (whose one-sided values are in {@code contacts})
 * @param residualMass &Sigma;<sub>n</sub>|r<sub>n</sub>|, the scale of the moment tolerance
 * @param neurons every neuron's coordinates, moments and state
 * @param contacts knots within the contact tolerance of a data point, with one-sided derivatives
 * @param spline the spline-coordinate Hessian spectrum with eigenvectors, inertia counted at
 *     {@link org.knotwork.curvature.ZeroTolerance#nearCritical} of the gradient norm at critical
 *     points and the scale-aware tolerance elsewhere; at a knot on a data point it is the Hessian of
 *     the branch on which that point is inactive (the core's convention)
 * @param network the network-coordinate Hessian spectrum (same tolerance rule), or null if the point
 *     was given in spline coordinates
 * @param escapes one escape direction per silent neuron with S<sub>i</sub> &ne; 0
 * @param hessianAgrees true if the spline Hessian's inertia agrees with the verdict: no negative
 *     eigenvalue at a (degenerate) minimum, at least one at a strict saddle; true for the other types
 * @param tolerances the thresholds used
 */
public record CriticalPointReport(CriticalPointType type, double loss, double gradientNorm,
    double residualMass, List<NeuronReport> neurons, List<KnotAtData> contacts, Spectrum spline,
    Spectrum network, List<EscapeDirection> escapes, boolean hessianAgrees,
    ClassificationTolerances tolerances) {

  /** Copies the lists. */
  public CriticalPointReport {
    neurons = List.copyOf(neurons);
    contacts = List.copyOf(contacts);
    escapes = List.copyOf(escapes);
  }

  /** Number of neurons in {@code state}. */
  public int count(NeuronState state) {
    return (int) neurons.stream().filter(n -> n.state() == state).count();
  }
}
