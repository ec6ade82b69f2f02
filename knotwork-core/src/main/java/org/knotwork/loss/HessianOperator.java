package org.knotwork.loss;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The exact Hessian at one parameter point as a matrix-free operator: u &rarr; &nabla;<sup>2</sup>L&middot;u
 * = w&middot;(J<sup>T</sup>(Ju) + &Sigma;<sub>n</sub>r<sub>n</sub>&nabla;<sup>2</sup>f(x<sub>n</sub>)u) (S17,
 * S18). Construction costs one residual evaluation, O(N + H log N); each product O(N + H).
 *
 * <p>Thread-safe. A product reuses the scratch buffers of the previous one, so repeated products on one
 * thread allocate nothing; concurrent products each get their own buffers.
 */
public final class HessianOperator {
  private final ActiveIntervals a;
  private final SortedPoints pts;
  private final double weight;
  private final ResidualCurvature residual;
  private final AtomicReference<Scratch> spare = new AtomicReference<>();

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
    Scratch s = spare.getAndSet(null);
    if (s == null) {
      s = new Scratch(pts.n, h);
    }
    double[] alpha = s.alpha;
    double[] gamma = s.gamma;
    Arrays.fill(alpha, 0.0);
    Arrays.fill(gamma, 0.0);
    for (int b = 0; b < a.blocks; b++) {
      double[] pb = a.p[b];
      double[] qb = a.q[b];
      for (int i = 0; i < h; i++) {
        double ui = u[b * h + i];
        alpha[i] += ui * pb[i];
        gamma[i] += ui * qb[i];
      }
    }
    s.buckets.sum(a, alpha, gamma, u[a.blocks * h], pts, s.ju);
    s.sums.compute(a, s.ju, pts);
    SweepLoss.jacobianTranspose(a, s.sums, weight, out);
    spare.set(s);
    for (int t = 0; t < residual.count(); t++) {
      for (int i = 0; i < h; i++) {
        int row = residual.row(t, i);
        int col = residual.col(t, i);
        double v = residual.value(t, i);
        out[row] += v * u[col];
        out[col] += v * u[row];
      }
    }
  }

  /** Buffers of one product. */
  private static final class Scratch {
    final double[] alpha;
    final double[] gamma;
    final double[] ju;
    final AffineBuckets buckets;
    final IntervalSums sums;

    Scratch(int n, int h) {
      alpha = new double[h];
      gamma = new double[h];
      ju = new double[n];
      buckets = new AffineBuckets(n);
      sums = new IntervalSums(n, h);
    }
  }
}
