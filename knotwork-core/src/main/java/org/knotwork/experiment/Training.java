package org.knotwork.experiment;

import org.knotwork.loss.LossNormalization;
import org.knotwork.net.Coordinates;

/**
 * What is trained and how: the training coordinates (network S1 or spline S2 with orientations
 * fixed), the loss normalisation, and the method.
 *
 * @param coordinates training coordinates
 * @param loss L = 1/(2N)&middot;&Sigma;r<sup>2</sup> ({@link LossNormalization#MEAN}) or
 *     &frac12;&Sigma;r<sup>2</sup>
 * @param method descent or flow
 */
public record Training(Coordinates coordinates, LossNormalization loss, Method method) {

  /** Validates presence. */
  public Training {
    if (coordinates == null) {
      throw new IllegalArgumentException("coordinates are required ('nn' or 'spline')");
    }
    if (loss == null) {
      throw new IllegalArgumentException("loss is required ('mean' or 'sum')");
    }
    if (method == null) {
      throw new IllegalArgumentException("method is required (one of " + Method.RULES + ")");
    }
  }

  /** Network coordinates, mean loss, the given method. */
  public static Training of(Method method) {
    return new Training(Coordinates.NETWORK, LossNormalization.MEAN, method);
  }
}
