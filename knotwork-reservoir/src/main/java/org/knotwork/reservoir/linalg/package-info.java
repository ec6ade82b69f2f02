/**
 * The linear algebra the reservoir models need (notes &sect;3.3, &sect;11): compressed-sparse-row
 * matrices, the Perron root of a non-negative matrix by power iteration, streaming Gram accumulation
 * (never an N &times; T state matrix) and the ridge solve by Cholesky (EJML).
 */
package org.knotwork.reservoir.linalg;
