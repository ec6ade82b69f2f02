package org.knotwork.loss;

/**
 * The factor in front of &frac12;&Sigma;r<sub>n</sub><sup>2</sup>. Changing it only rescales time in
 * gradient flow (t &rarr; t/N), spline-lens.md &sect;2.
 */
public enum LossNormalization {
  /** L = 1/(2N)&middot;&Sigma;r<sup>2</sup>, Knotwork's default and its CLI contract. */
  MEAN,
  /** L = &frac12;&Sigma;r<sup>2</sup>, the form of the notes' fixtures. */
  SUM;

  /** The weight w in L = w&middot;&frac12;&Sigma;r<sup>2</sup> for N points. */
  public double weight(int n) {
    return this == MEAN ? 1.0 / n : 1.0;
  }
}
