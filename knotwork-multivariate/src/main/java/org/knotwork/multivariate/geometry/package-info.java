/**
 * Exact geometry of ReLU networks with two inputs (docs/multivariate-deep.md §3): convex polygons
 * split by lines ({@link org.knotwork.multivariate.geometry.ConvexPolygon}), the partition of a box
 * into activation regions of shallow and deep nets with the affine piece on each ({@link
 * org.knotwork.multivariate.geometry.Arrangement}), and the closed-form region count of a line
 * arrangement ({@link org.knotwork.multivariate.geometry.LineCounts}).
 */
package org.knotwork.multivariate.geometry;
