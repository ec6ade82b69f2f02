/**
 * Deep univariate ReLU networks as 1-D splines (docs/multivariate-deep.md §4): {@link
 * org.knotwork.multivariate.deep.DeepUnivariate} (two hidden layers, one input) finds its exact
 * knots layer by layer and returns the function as a {@link
 * org.knotwork.multivariate.deep.KnotSpline}.
 */
package org.knotwork.multivariate.deep;
