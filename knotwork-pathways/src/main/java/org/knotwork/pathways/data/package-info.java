/**
 * Input-output data sets and the singular value decomposition of their input-output correlation.
 *
 * <p>{@link org.knotwork.pathways.data.IoData} holds P items with input vectors x<sub>i</sub> and
 * target vectors y<sub>i</sub>; {@link org.knotwork.pathways.data.Hierarchy} builds the hierarchical
 * item-feature tables (the 8-item, 15-feature set of Shi et al. and complete binary trees of any
 * depth, notes &sect;2.5 and &sect;3.1); {@link org.knotwork.pathways.data.CorrelationSvd} is the SVD
 * of &Sigma;<sub>yx</sub> = &sum;<sub>i</sub> y<sub>i</sub> x<sub>i</sub><sup>T</sup> with its blocks
 * of equal singular values, inside which the individual singular vectors are arbitrary.
 */
package org.knotwork.pathways.data;
