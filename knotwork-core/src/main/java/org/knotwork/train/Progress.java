package org.knotwork.train;

/**
 * One row of a run's metrics: where it is and how well it fits.
 *
 * @param step step number (descent) or accepted integrator steps (flow)
 * @param time nominal time k&middot;&eta; (descent) or flow time
 * @param loss full-data loss
 * @param gradientNorm &Vert;&nabla;L&Vert;<sub>2</sub> (flow: &Vert;d&theta;/dt&Vert;<sub>2</sub>)
 */
public record Progress(long step, double time, double loss, double gradientNorm) {}
