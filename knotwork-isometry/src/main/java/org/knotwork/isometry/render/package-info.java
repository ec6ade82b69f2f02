/**
 * Figures of {@code isometry} runs (on knotwork-draw): Jacobian singular-value and Fisher eigenvalue
 * spectra by q*, and Fisher &lambda;<sub>max</sub> against the Jacobian's s<sub>max</sub><sup>2</sup>.
 */
package org.knotwork.isometry.render;
