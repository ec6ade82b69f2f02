/**
 * What the paper measures on a network (notes &sect;2.1, &sect;3.4, &sect;5 checks 3 and 13).
 *
 * <p>{@link org.knotwork.pathways.analysis.ModeCoordinates}: K<sub>j</sub> = U<sup>T</sup>
 * &Omega;<sub>j</sub> V per pathway and its diagonal, the mode strengths.
 * {@link org.knotwork.pathways.analysis.PathwayShares}: basis-invariant shares of each pathway inside
 * each block of equal singular values and the specialisation index.
 * {@link org.knotwork.pathways.analysis.ConservedMatrices}: the layer imbalances
 * W<sub>l+1</sub><sup>T</sup>W<sub>l+1</sub> &minus; W<sub>l</sub>W<sub>l</sub><sup>T</sup>, conserved by
 * gradient flow, as an accuracy check on gradient descent.
 */
package org.knotwork.pathways.analysis;
