package org.knotwork.regime;

import org.knotwork.net.NetworkParams;

/**
 * The outcome of one regime run.
 *
 * @param spec what was run
 * @param initial the initial network
 * @param trained the network at the end of training
 * @param steps gradient-descent steps taken
 * @param sumLoss final &frac12;&Sigma;r<sup>2</sup>
 * @param learningRate the learning rate used (for Knotwork's mean loss 1/(2N)&Sigma;r<sup>2</sup>)
 * @param order the order parameters of the run
 */
public record RegimeResult(RegimeSpec spec, NetworkParams initial, NetworkParams trained,
    long steps, double sumLoss, double learningRate, OrderParameters order) {}
