/**
 * Training of shallow nets on R<sup>d</sup> in network coordinates (docs/multivariate-deep.md
 * §1.7): full-batch {@link org.knotwork.multivariate.train.GradientDescent} with the exact
 * per-step drift of the balances, and the exact {@link
 * org.knotwork.multivariate.train.GradientFlow} along which they are conserved.
 */
package org.knotwork.multivariate.train;
