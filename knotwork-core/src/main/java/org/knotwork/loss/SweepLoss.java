package org.knotwork.loss;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The production path for loss, gradient, Hessian and Hessian-vector products: sort once, then prefix
 * sums (see the package documentation). Function values, residuals and the gradient cost
 * O(N + H log N), a Hessian-vector product the same, the dense Hessian O(H<sup>2</sup> + N + H log N),
 * after the O(N log N) sort done once in {@link #of}. Memory is O(N + H) except for the dense Hessian.
 *
 * <p>Immutable and thread-safe.
 */
public final class SweepLoss implements LossEvaluator {
  private final Dataset data;
  private final LossNormalization normalization;
  private final double weight;
  private final SortedPoints pts;
  private final double[] ySorted;

  private SweepLoss(Dataset data, LossNormalization normalization) {
    this.data = data;
    this.normalization = normalization;
    this.weight = normalization.weight(data.size());
    this.pts = new SortedPoints(data.x());
    this.ySorted = pts.sorted(data.y());
  }

  /** The mean-normalised loss L = 1/(2N)&middot;&Sigma;r<sup>2</sup> on {@code data}. */
  public static SweepLoss of(Dataset data) {
    return new SweepLoss(data, LossNormalization.MEAN);
  }

  /** The loss on {@code data} with the given normalisation. */
  public static SweepLoss of(Dataset data, LossNormalization normalization) {
    return new SweepLoss(data, normalization);
  }

  @Override
  public Dataset data() {
    return data;
  }

  @Override
  public LossNormalization normalization() {
    return normalization;
  }

  /**
   * f at arbitrary points (S1), in O((M + H) log M) for M points, without an M&times;H array.
   *
   * @param x points, any order, finite
   */
  public static double[] evaluate(NetworkParams p, double[] x) {
    SortedPoints sp = new SortedPoints(x);
    return sp.unsorted(values(ActiveIntervals.network(p, sp), sp));
  }

  /** f at arbitrary points (S3), in O((M + H) log M). */
  public static double[] evaluate(SplineParams p, double[] x) {
    SortedPoints sp = new SortedPoints(x);
    return sp.unsorted(values(ActiveIntervals.spline(p, sp), sp));
  }

  @Override
  public double[] predict(NetworkParams p) {
    return pts.unsorted(values(ActiveIntervals.network(p, pts), pts));
  }

  @Override
  public double[] predict(SplineParams p) {
    return pts.unsorted(values(ActiveIntervals.spline(p, pts), pts));
  }

  /** Residuals r<sub>n</sub> = f(x<sub>n</sub>) &minus; y<sub>n</sub>, in the data's order. */
  public double[] residuals(NetworkParams p) {
    return pts.unsorted(sortedResiduals(ActiveIntervals.network(p, pts)));
  }

  /** Residuals r<sub>n</sub> = f(x<sub>n</sub>) &minus; y<sub>n</sub>, in the data's order. */
  public double[] residuals(SplineParams p) {
    return pts.unsorted(sortedResiduals(ActiveIntervals.spline(p, pts)));
  }

  @Override
  public double loss(NetworkParams p) {
    return lossOf(sortedResiduals(ActiveIntervals.network(p, pts)));
  }

  @Override
  public double loss(SplineParams p) {
    return lossOf(sortedResiduals(ActiveIntervals.spline(p, pts)));
  }

  @Override
  public double[] gradient(NetworkParams p) {
    return evaluateAt(ActiveIntervals.network(p, pts)).gradient();
  }

  @Override
  public double[] gradient(SplineParams p) {
    return evaluateAt(ActiveIntervals.spline(p, pts)).gradient();
  }

  /** Loss, residuals and gradient (S7) in one pass. */
  public Evaluation evaluate(NetworkParams p) {
    return evaluateAt(ActiveIntervals.network(p, pts));
  }

  /** Loss, residuals and gradient (S8) in one pass. */
  public Evaluation evaluate(SplineParams p) {
    return evaluateAt(ActiveIntervals.spline(p, pts));
  }

  /**
   * Loss, residuals and gradient (S7) with the activation pattern held at {@code pattern} instead of
   * the one the parameters induce: the smooth extension of L from one activation region (S16).
   */
  public Evaluation evaluate(NetworkParams p, ActivationPattern pattern) {
    return evaluateAt(ActiveIntervals.network(p, pts).gated(pattern, pts));
  }

  /** Loss, residuals and gradient (S8) with the activation pattern held at {@code pattern}. */
  public Evaluation evaluate(SplineParams p, ActivationPattern pattern) {
    return evaluateAt(ActiveIntervals.spline(p, pts).gated(pattern, pts));
  }

  @Override
  public double[][] hessian(NetworkParams p) {
    return hessianOf(ActiveIntervals.network(p, pts));
  }

  @Override
  public double[][] hessian(SplineParams p) {
    return hessianOf(ActiveIntervals.spline(p, pts));
  }

  /**
   * The Hessian at {@code p} as a matrix-free operator (S17): each product costs O(N + H).
   */
  public HessianOperator hessianOperator(NetworkParams p) {
    return new HessianOperator(this, ActiveIntervals.network(p, pts));
  }

  /** The Hessian at {@code p} as a matrix-free operator (S18): each product costs O(N + H). */
  public HessianOperator hessianOperator(SplineParams p) {
    return new HessianOperator(this, ActiveIntervals.spline(p, pts));
  }

  /**
   * The Hessian (S17) of the loss with the activation pattern held at {@code pattern} (the smooth
   * extension of L from one activation region, S16) as a matrix-free operator.
   */
  public HessianOperator hessianOperator(NetworkParams p, ActivationPattern pattern) {
    return new HessianOperator(this, ActiveIntervals.network(p, pts).gated(pattern, pts));
  }

  /** The Hessian (S18) with the activation pattern held at {@code pattern}, matrix-free. */
  public HessianOperator hessianOperator(SplineParams p, ActivationPattern pattern) {
    return new HessianOperator(this, ActiveIntervals.spline(p, pts).gated(pattern, pts));
  }

  /**
   * The Jacobian of the outputs at {@code p} as a matrix-free operator (columns of S17); products cost
   * O(N + H).
   */
  public JacobianOperator jacobianOperator(NetworkParams p) {
    return new JacobianOperator(this, ActiveIntervals.network(p, pts));
  }

  /**
   * The Jacobian of the outputs at {@code p} as a matrix-free operator (columns of S18); products cost
   * O(N + H).
   */
  public JacobianOperator jacobianOperator(SplineParams p) {
    return new JacobianOperator(this, ActiveIntervals.spline(p, pts));
  }

  /**
   * The active-side residual moments S, X, D of every neuron at {@code p} (S6), with activation as in
   * network coordinates (w<sub>i</sub>x<sub>n</sub> + b<sub>i</sub> &gt; 0); O(N + H log N).
   */
  public ActiveSideMoments activeSideMoments(NetworkParams p) {
    ActiveIntervals a = ActiveIntervals.network(p, pts);
    return ActiveSideMoments.of(a, sortedResiduals(a), pts);
  }

  /**
   * The active-side residual moments S, X, D of every neuron at {@code p} (S6), with activation as in
   * spline coordinates (s<sub>i</sub>(x<sub>n</sub> &minus; &beta;<sub>i</sub>) &gt; 0); O(N + H log N).
   */
  public ActiveSideMoments activeSideMoments(SplineParams p) {
    ActiveIntervals a = ActiveIntervals.spline(p, pts);
    return ActiveSideMoments.of(a, sortedResiduals(a), pts);
  }

  /**
   * The knots within {@code tol} of a data point (|x<sub>n</sub> &minus; &beta;<sub>i</sub>| &le; tol),
   * where the loss is not differentiable; O(H log N + number of contacts).
   */
  public List<KnotContact> contacts(SplineParams p, double tol) {
    List<KnotContact> out = new ArrayList<>();
    for (int i = 0; i < p.width(); i++) {
      if (p.orientation(i) == 0) {
        continue;
      }
      double beta = p.beta(i);
      for (int k = pts.firstAtLeast(beta - tol); k < pts.n && pts.xs[k] <= beta + tol; k++) {
        out.add(new KnotContact(i, pts.order[k], pts.xs[k] - beta));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // The engine. Everything below works on sorted points.

  double weight() {
    return weight;
  }

  SortedPoints points() {
    return pts;
  }

  /** The targets y at the sorted points (shared, not copied). */
  double[] ySorted() {
    return ySorted;
  }

  double[] sortedResiduals(ActiveIntervals a) {
    double[] r = new double[pts.n];
    sortedResiduals(a, new AffineBuckets(pts.n), r);
    return r;
  }

  /** Writes the residuals f &minus; y at the sorted points into {@code r}. */
  void sortedResiduals(ActiveIntervals a, AffineBuckets buckets, double[] r) {
    buckets.sum(a, a.alpha, a.gamma, a.c, pts, r);
    for (int k = 0; k < r.length; k++) {
      r[k] -= ySorted[k];
    }
  }

  /** L = w&middot;&frac12;&Sigma;r<sup>2</sup>, summed in sorted order. */
  double lossOf(double[] r) {
    double s = 0;
    for (double ri : r) {
      s += ri * ri;
    }
    return 0.5 * weight * s;
  }

  private Evaluation evaluateAt(ActiveIntervals a) {
    double[] r = sortedResiduals(a);
    IntervalSums s = IntervalSums.of(a, r, pts);
    double[] g = new double[a.dimension()];
    jacobianTranspose(a, s, weight, g);
    return new Evaluation(lossOf(r), pts.unsorted(r), g);
  }

  /** f on the sorted points (S1, S3). */
  static double[] values(ActiveIntervals a, SortedPoints pts) {
    double[] out = new double[pts.n];
    new AffineBuckets(pts.n).sum(a, a.alpha, a.gamma, a.c, pts, out);
    return out;
  }

  /** out = scale&middot;J<sup>T</sup>z given the interval sums of z (S7, S8). */
  static void jacobianTranspose(ActiveIntervals a, IntervalSums s, double scale, double[] out) {
    int h = a.h;
    for (int b = 0; b < a.blocks; b++) {
      double[] p = a.p[b];
      double[] q = a.q[b];
      for (int i = 0; i < h; i++) {
        out[b * h + i] = scale * (p[i] * s.z1[i] + q[i] * s.z0[i]);
      }
    }
    out[a.blocks * h] = scale * s.total0;
  }

  private double[][] hessianOf(ActiveIntervals a) {
    double[] r = sortedResiduals(a);
    IntervalSums s = IntervalSums.of(a, r, pts);
    int h = a.h;
    int dim = a.dimension();
    int n = pts.n;
    int cIdx = a.blocks * h;
    double[][] hess = new double[dim][dim];
    for (int i = 0; i < h; i++) {
      int loI = a.right[i] ? a.cut[i] : 0;
      int hiI = a.right[i] ? n : a.cut[i];
      for (int j = i; j < h; j++) {
        int lo = Math.max(loI, a.right[j] ? a.cut[j] : 0);
        int hi = Math.min(hiI, a.right[j] ? n : a.cut[j]);
        if (lo >= hi) {
          continue;
        }
        double m0 = hi - lo;
        double m1;
        double m2;
        if (hi == n) {
          m1 = pts.suf1[lo];
          m2 = pts.suf2[lo];
        } else if (lo == 0) {
          m1 = pts.pre1[hi];
          m2 = pts.pre2[hi];
        } else {
          m1 = pts.pre1[hi] - pts.pre1[lo];
          m2 = pts.pre2[hi] - pts.pre2[lo];
        }
        for (int ba = 0; ba < a.blocks; ba++) {
          double pa = a.p[ba][i];
          double qa = a.q[ba][i];
          for (int bb = 0; bb < a.blocks; bb++) {
            double pb = a.p[bb][j];
            double qb = a.q[bb][j];
            double v = weight * (pa * pb * m2 + (pa * qb + qa * pb) * m1 + qa * qb * m0);
            hess[ba * h + i][bb * h + j] = v;
            hess[bb * h + j][ba * h + i] = v;
          }
        }
      }
      // coupling with c, whose column is 1 everywhere
      int lo = loI;
      int hi = hiI;
      if (lo < hi) {
        double m0 = hi - lo;
        double m1 = a.right[i] ? pts.suf1[lo] : pts.pre1[hi];
        for (int ba = 0; ba < a.blocks; ba++) {
          double v = weight * (a.p[ba][i] * m1 + a.q[ba][i] * m0);
          hess[ba * h + i][cIdx] = v;
          hess[cIdx][ba * h + i] = v;
        }
      }
    }
    hess[cIdx][cIdx] = weight * n;
    ResidualCurvature rc = new ResidualCurvature(a, s, pts.center, weight);
    for (int i = 0; i < h; i++) {
      for (int t = 0; t < rc.count(); t++) {
        int row = rc.row(t, i);
        int col = rc.col(t, i);
        hess[row][col] += rc.value(t, i);
        hess[col][row] += rc.value(t, i);
      }
    }
    return hess;
  }

  /** Loss, residuals (data order) and gradient. */
  public record Evaluation(double loss, double[] residuals, double[] gradient) {}
}
