/**
 * The contract between models and optimizers: a differentiable function of a flat parameter vector.
 * Optimizers and flows are written against {@link org.knotwork.objective.DifferentiableObjective} only,
 * so companion modules (deep linear networks, reservoirs) reuse them unchanged.
 */
package org.knotwork.objective;
