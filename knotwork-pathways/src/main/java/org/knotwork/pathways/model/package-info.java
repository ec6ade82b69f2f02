/**
 * The multi-pathway network: architecture, weights, initialisations and the gradient computations.
 *
 * <p>A {@link org.knotwork.pathways.model.Network} has J pathways; pathway j is a chain of D<sub>j</sub>
 * &ge; 1 dense weight matrices W<sup>j</sup><sub>1</sub>, ..., W<sup>j</sup><sub>D</sub> (torch
 * convention: rows = outputs), no biases, an optional elementwise activation after every layer
 * (optionally also after the readout), and the pathway outputs are summed (notes &sect;1):
 * &ycirc; = &sum;<sub>j</sub> &phi;(W<sup>j</sup><sub>D</sub> ... &phi;(W<sup>j</sup><sub>1</sub> x)).
 * {@link org.knotwork.pathways.model.NetworkEngine} computes the loss, back-propagates (notes
 * &sect;2.1) and performs fused full-batch gradient steps on flat {@code double[]} arrays, optionally
 * on several threads with results independent of the thread count.
 * {@link org.knotwork.pathways.model.Initializers} draws Gaussian weights or builds SVD-aligned
 * weights whose mode strengths are known exactly.
 */
package org.knotwork.pathways.model;
