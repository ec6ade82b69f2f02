/**
 * Loss, gradient and exact Hessian of shallow ReLU networks on R<sup>d</sup> in network coordinates
 * and, for d = 2, in hyperplane coordinates (&theta;, &beta;, &mu;, c) (docs/multivariate-deep.md
 * §2). {@link org.knotwork.multivariate.loss.NaiveLoss2D} is the O(N&middot;H) reference path.
 */
package org.knotwork.multivariate.loss;
