package org.knotwork.landscape;

/**
 * One neuron at a point: its spline coordinates (S2), active-side moments (S6) and state.
 *
 * @param index neuron index i
 * @param orientation s<sub>i</sub>
 * @param beta &beta;<sub>i</sub> (NaN for a knotless neuron)
 * @param mu &mu;<sub>i</sub>
 * @param s S<sub>i</sub> (unweighted)
 * @param x X<sub>i</sub> (unweighted)
 * @param d D<sub>i</sub> (unweighted; NaN for a knotless neuron)
 * @param activeCount number of active data points
 * @param state the neuron's role
 */
public record NeuronReport(int index, int orientation, double beta, double mu, double s, double x,
    double d, int activeCount, NeuronState state) {}
