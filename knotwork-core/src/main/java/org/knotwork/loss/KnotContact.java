package org.knotwork.loss;

/**
 * A knot lying on (or within a tolerance of) a data point, where the loss is not differentiable.
 *
 * @param neuron index i of the neuron
 * @param dataIndex index n of the data point, in the data set's order
 * @param distance x<sub>n</sub> &minus; &beta;<sub>i</sub>
 */
public record KnotContact(int neuron, int dataIndex, double distance) {}
