/**
 * The contract between models and optimizers: a differentiable function of a flat parameter vector.
 * Optimizers and flows are written against {@link org.knotwork.objective.DifferentiableObjective} only,
 * so companion modules (deep linear networks, reservoirs) reuse them unchanged;
 * {@link org.knotwork.objective.MinibatchObjective} adds the unbiased subset estimates that stochastic
 * optimizers need.
 */
package org.knotwork.objective;
