package org.knotwork.loss;

/**
 * The exact Hessian at one parameter point as a matrix-free operator: u &rarr; &nabla;<sup>2</sup>L&middot;u
 * = w&middot;(J<sup>T</sup>(Ju) + &Sigma;<sub>n</sub>r<sub>n</sub>&nabla;<sup>2</sup>f(x<sub>n</sub>)u) (S17,
 * S18). Construction costs one residual evaluation, O(N + H log N); each product O(N + H). Immutable
 * and thread-safe.
 */
public final class HessianOperator {
  private final ActiveIntervals a;
  private final SortedPoints pts;
  private final double weight;
  private final ResidualCurvature residual;

  HessianOperator(SweepLoss loss, ActiveIntervals a) {
    this.a = a;
    this.pts = loss.points();
    this.weight = loss.weight();
    this.residual = new ResidualCurvature(
        a, IntervalSums.of(a, loss.sortedResiduals(a), pts), pts.center, weight);
  }

  /** Number of parameters P (3H+1 or 2H+1). */
  public int dimension() {
    return a.dimension();
  }

  /** Returns &nabla;<sup>2</sup>L&middot;u. */
  public double[] apply(double[] u) {
    double[] out = new double[dimension()];
    apply(u, out);
    return out;
  }

  /** Writes &nabla;<sup>2</sup>L&middot;u into {@code out} (which must not alias {@code u}). */
  public void apply(double[] u, double[] out) {
    int h = a.h;
    int dim = dimension();
    if (u.length != dim || out.length != dim) {
      throw new IllegalArgumentException("vectors must have length " + dim);
    }
    double[] alpha = new double[h];
    double[] gamma = new double[h];
    for (int b = 0; b < a.blocks; b++) {
      for (int i = 0; i < h; i++) {
        double ui = u[b * h + i];
        alpha[i] += ui * a.p[b][i];
        gamma[i] += ui * a.q[b][i];
      }
    }
    double[] ju = SweepLoss.affineSum(a, alpha, gamma, u[a.blocks * h], pts);
    SweepLoss.jacobianTranspose(a, IntervalSums.of(a, ju, pts), weight, out);
    for (int i = 0; i < h; i++) {
      for (int t = 0; t < residual.count(); t++) {
        int row = residual.row(t, i);
        int col = residual.col(t, i);
        double v = residual.value(t, i);
        out[row] += v * u[col];
        out[col] += v * u[row];
      }
    }
  }
}
