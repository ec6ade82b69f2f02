/**
 * D2R2, domain-driven regularised regression (notes &sect;4): the one-step map u(t+1) = W &phi;(u(t)) with
 * &phi; all monomials of the state up to degree p in scikit-learn {@code PolynomialFeatures} order, fitted
 * by ridge regression on raw monomials (no scaling, no thresholding) and run in closed loop.
 */
package org.knotwork.reservoir.d2r2;
