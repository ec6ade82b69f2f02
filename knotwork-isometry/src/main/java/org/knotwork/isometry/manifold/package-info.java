/**
 * Training on matrix manifolds (docs/isometry.md &sect;6): the Stiefel manifold (orthonormal columns)
 * and the oblique manifold (unit columns) with their tangent projections, the QR, polar and Cayley
 * retractions, transport by projection, and Riemannian SGD and Adam whose flat case (Euclidean space)
 * is plain SGD and Adam. Matrices are row-major {@code double[]} with their shape. Mathematics only.
 */
package org.knotwork.isometry.manifold;
