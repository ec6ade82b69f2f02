/**
 * The initialisation lab: seeded initialisers for a 1&rarr;H&rarr;1 ReLU network, the exact laws they
 * induce on knots and delta-slopes, and Monte Carlo estimators of the same quantities.
 *
 * <p>Notes &sect;5 of {@code docs/spline-lens.md}: standard initialisations give very flat
 * initial functions. This package makes that measurable for every scheme in {@link
 * org.knotwork.init.InitScheme}:
 *
 * <ul>
 *   <li>{@link org.knotwork.init.Initializer} draws a {@link org.knotwork.net.NetworkParams} from an
 *       {@link org.knotwork.init.InitSpec} through the seeded stream "init";
 *   <li>{@link org.knotwork.init.InitLaws} gives the analytic laws as functions of the width H and the
 *       scale multipliers: the knot law (S21, {@link org.knotwork.init.KnotLaw}), the delta-slope law
 *       (S22, {@link org.knotwork.init.DeltaSlopeLaw}), E[&Sigma;&mu;<sup>2</sup>],
 *       E[&Sigma;|&mu;|], Var f<sub>0</sub>(x), Var f<sub>0</sub>&prime;(x), the expected number of knots
 *       and the roughness in a window (S23);
 *   <li>{@link org.knotwork.init.InitMonteCarlo} estimates the same statistics, with standard errors,
 *       from networks drawn by the initialiser itself, and {@link org.knotwork.init.InitStatistics}
 *       sets the two side by side;
 *   <li>{@link org.knotwork.init.FlatnessTable} tabulates the flatness statistics over widths and
 *       scales.
 * </ul>
 *
 * <p>Mathematics only: no I/O. Every record here is a plain value that a JSON writer can serialise.
 */
package org.knotwork.init;
