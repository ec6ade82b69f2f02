package org.knotwork.landscape;

/**
 * A knot on (or within the contact tolerance of) a data point, with the one-sided derivatives of L in
 * its position. S<sub>i</sub> jumps by r<sub>k</sub> when &beta;<sub>i</sub> crosses x<sub>k</sub> (notes &sect;2),
 * so &part;L/&part;&beta;<sub>i</sub> = &minus;w s<sub>i</sub>&mu;<sub>i</sub>S<sub>i</sub> (S8) has two values there;
 * every other gradient component is continuous.
 *
 * @param neuron the neuron i
 * @param dataIndex the data point k, in the data set's order
 * @param x x<sub>k</sub>
 * @param distance x<sub>k</sub> &minus; &beta;<sub>i</sub>
 * @param leftDerivative &part;L/&part;&beta;<sub>i</sub> on the branch &beta;<sub>i</sub> &lt; x<sub>k</sub>,
 *     evaluated with the knot at x<sub>k</sub>
 * @param rightDerivative the same on the branch &beta;<sub>i</sub> &gt; x<sub>k</sub>
 * @param trapped true if leftDerivative &le; 0 &le; rightDerivative (within the gradient tolerance)
 */
public record KnotAtData(int neuron, int dataIndex, double x, double distance,
    double leftDerivative, double rightDerivative, boolean trapped) {}
