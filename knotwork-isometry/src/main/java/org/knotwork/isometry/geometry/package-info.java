/**
 * Geometry of a network at a point (docs/isometry.md &sect;2): the input-output and hidden-layer
 * Jacobians and their singular values, per-example parameter Jacobians, the empirical neural tangent
 * kernel by the Gram identity (I12), the true and empirical Fisher explicitly (I11) and through the
 * Gram (I13)-(I14), matrix-free Fisher products, power and Lanczos iterations, and the summary of one
 * network's geometry. Mathematics only: no I/O.
 */
package org.knotwork.isometry.geometry;
