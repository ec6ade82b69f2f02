package org.knotwork.loss;

import org.knotwork.data.Dataset;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * Loss, gradient and exact Hessian of a fixed data set, in both coordinate systems. Parameter order
 * follows {@link Coordinates}: w, b, v, c in network coordinates (S7, S17) and &beta;, &mu;, c in spline
 * coordinates with orientations fixed (S8, S18).
 */
public interface LossEvaluator {

  /** The data set. */
  Dataset data();

  /** The normalisation of the loss. */
  LossNormalization normalization();

  /** f(x<sub>n</sub>) for every data point, in the data's order (S1). */
  double[] predict(NetworkParams p);

  /** f(x<sub>n</sub>) for every data point, in the data's order (S3). */
  double[] predict(SplineParams p);

  /** L(&theta;) = w&middot;&frac12;&Sigma;(f(x<sub>n</sub>) &minus; y<sub>n</sub>)<sup>2</sup>. */
  double loss(NetworkParams p);

  /** L in spline coordinates (equal to the network value at the same function). */
  double loss(SplineParams p);

  /** &nabla;L in network coordinates, equation S7 (times the weight w). */
  double[] gradient(NetworkParams p);

  /** &nabla;L in spline coordinates, equation S8 (times the weight w). */
  double[] gradient(SplineParams p);

  /** The exact Hessian in network coordinates, equation S17 (JᵀJ plus the residual term). */
  double[][] hessian(NetworkParams p);

  /** The exact Hessian in spline coordinates, equation S18. */
  double[][] hessian(SplineParams p);
}
