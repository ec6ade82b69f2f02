package org.knotwork.train;

import org.knotwork.common.math.Vectors;
import org.knotwork.loss.ActivationPattern;
import org.knotwork.loss.HessianOperator;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The flow's vector field in one activation mode: &minus;&nabla;L with the pattern held fixed
 * ({@link SweepLoss#evaluate(NetworkParams, ActivationPattern)}), plus the sliding correction for
 * pinned neurons.
 *
 * <p>Switching functions are the pre-activations at the sites, g = w<sub>i</sub>x<sub>j</sub> +
 * b<sub>i</sub> (network) or g = s<sub>i</sub>(x<sub>j</sub> &minus; &beta;<sub>i</sub>) (spline): no
 * division, continuous through an orientation flip. Across the surface g = 0 only the derivative of
 * the neuron's own knot coordinates jumps, by a multiple of the surface normal: adding site j to the
 * active set changes dg/dt by &Delta; = &minus;&omega;v<sub>i</sub>R<sub>j</sub>(1 + x<sub>j</sub><sup>2</sup>)
 * (network; &omega; the loss weight, R<sub>j</sub> the residual sum at the site) or &Delta; =
 * &minus;&omega;&mu;<sub>i</sub>R<sub>j</sub> (spline). Filippov's convex combination that keeps g = 0 is
 * therefore the one-sided field with site j inactive, orthogonally projected onto the surface: in
 * network coordinates (&#7815;, &#7763;) loses its component along (x<sub>j</sub>, 1), in spline
 * coordinates &beta;&#775; = 0. Both keep &delta;<sub>i</sub> conserved (the projection is orthogonal to
 * (w, b) on the surface) and the knot exactly on the point (the constraint is linear, and Runge&ndash;
 * Kutta methods preserve linear invariants).
 */
final class FlowField {
  final SweepLoss loss;
  final Sites sites;
  final double weight;
  final boolean network;
  final int h;
  final int dim;
  private final int[] orientation;

  FlowField(ShallowProblem problem) {
    this.loss = problem.objective().loss();
    this.sites = Sites.of(problem.data());
    this.weight = loss.normalization().weight(problem.data().size());
    this.network = problem.coordinates() == Coordinates.NETWORK;
    this.h = problem.width();
    this.dim = problem.objective().dimension();
    this.orientation = network ? null : problem.objective().orientation();
  }

  /** One evaluation of the field. */
  static final class Eval {
    double loss;
    double[] velocity;
    double[] residuals;
    /** Pinned neurons: dg/dt of the inactive-side field (must stay &gt; 0); NaN otherwise. */
    double[] exitInactive;
    /** Pinned neurons: &minus;dg/dt of the active-side field (must stay &gt; 0); NaN otherwise. */
    double[] exitActive;

    double speed() {
      return Vectors.sqrtSumOfSquares(velocity);
    }
  }

  private Eval undefined() {
    Eval out = new Eval();
    out.loss = Double.NaN;
    out.velocity = new double[dim];
    out.residuals = new double[loss.data().size()];
    out.exitInactive = new double[h];
    out.exitActive = new double[h];
    java.util.Arrays.fill(out.velocity, Double.NaN);
    java.util.Arrays.fill(out.residuals, Double.NaN);
    java.util.Arrays.fill(out.exitInactive, Double.NaN);
    java.util.Arrays.fill(out.exitActive, Double.NaN);
    return out;
  }

  /** g at site j for neuron i. */
  double preActivation(double[] theta, int i, int j) {
    double x = sites.x[j];
    return network ? theta[i] * x + theta[h + i] : orientation[i] * (x - theta[i]);
  }

  /** g at site j for neuron i from its own coordinates (w, b), or (&beta;, unused) in spline form. */
  double preActivation(double first, double second, int i, int j) {
    double x = sites.x[j];
    return network ? first * x + second : orientation[i] * (x - first);
  }

  /** dg/dt at site j for neuron i given the velocity. */
  double preActivationRate(double[] velocity, int i, int j) {
    return network ? velocity[i] * sites.x[j] + velocity[h + i] : -orientation[i] * velocity[i];
  }

  /** +1 if g increases with x, &minus;1 if it decreases, 0 if constant. */
  int direction(double[] theta, int i) {
    return network ? (int) Math.signum(theta[i]) : orientation[i];
  }

  /** The jump &Delta; of dg/dt at site j when the site joins neuron i's active set. */
  double jump(double[] theta, double siteResidual, int i, int j) {
    if (network) {
      double x = sites.x[j];
      return -weight * theta[2 * h + i] * siteResidual * (1.0 + x * x);
    }
    return -weight * theta[h + i] * siteResidual;
  }

  /** Half-width of the guard band of a fresh switching function (g-units). */
  double guardBand(double[] theta, int i, int j, double knotTolerance) {
    double scale = knotTolerance * (1.0 + Math.abs(sites.x[j]));
    return network ? scale * Math.abs(theta[i]) : scale;
  }

  ActivationPattern pattern(Mode mode) {
    int s = sites.count();
    double[] t = new double[h];
    int[] side = new int[h];
    for (int i = 0; i < h; i++) {
      int e = mode.edge[i];
      side[i] = mode.side[i];
      if (side[i] > 0) {
        t[i] = e < 0 ? Double.NEGATIVE_INFINITY : sites.x[e];
      } else {
        t[i] = e >= s ? Double.POSITIVE_INFINITY : sites.x[e];
      }
    }
    return new ActivationPattern(t, side);
  }

  /**
   * The negated Jacobian of the field at theta in the given mode, A = P&nabla;<sup>2</sup>L P
   * (docs/flow.md F5): the
   * exact Hessian of the loss with the pattern held fixed (S17, S18), between the sliding projections
   * P of the pinned neurons (identity for the others). Symmetric; on the range of P, where the flow
   * stays, it equals the true negated Jacobian &minus;&part;f/&part;&theta; = P&nabla;<sup>2</sup>L.
   */
  PhiKrylov.Operator curvature(double[] theta, Mode mode) {
    ActivationPattern pat = pattern(mode);
    HessianOperator hess = network
        ? loss.hessianOperator(NetworkParams.fromVector(theta), pat)
        : loss.hessianOperator(SplineParams.fromVector(theta, orientation), pat);
    boolean anyPinned = false;
    for (int i = 0; i < h; i++) {
      anyPinned |= mode.pinned[i];
    }
    if (!anyPinned) {
      return hess::apply;
    }
    double[] pu = new double[dim];
    return (u, out) -> {
      System.arraycopy(u, 0, pu, 0, dim);
      project(pu, mode);
      hess.apply(pu, out);
      project(out, mode);
    };
  }

  /** Applies the sliding projection P of the pinned neurons to v in place (F5). */
  void project(double[] v, Mode mode) {
    for (int i = 0; i < h; i++) {
      if (!mode.pinned[i]) {
        continue;
      }
      if (network) {
        double x = sites.x[mode.edge[i]];
        double c = (v[i] * x + v[h + i]) / (1.0 + x * x);
        v[i] -= c * x;
        v[h + i] -= c;
      } else {
        v[i] = 0.0;
      }
    }
  }

  /**
   * The field at theta in the given mode. A non-finite theta (an overflowing trial stage of the
   * integrator) gives NaN everywhere, so that the step is rejected rather than the run aborted.
   */
  Eval evaluate(double[] theta, Mode mode) {
    for (double x : theta) {
      if (!Double.isFinite(x)) {
        return undefined();
      }
    }
    ActivationPattern pat = pattern(mode);
    SweepLoss.Evaluation e = network
        ? loss.evaluate(NetworkParams.fromVector(theta), pat)
        : loss.evaluate(SplineParams.fromVector(theta, orientation), pat);
    Eval out = new Eval();
    out.loss = e.loss();
    out.residuals = e.residuals();
    double[] v = e.gradient();
    for (int k = 0; k < v.length; k++) {
      v[k] = -v[k];
    }
    out.velocity = v;
    out.exitInactive = new double[h];
    out.exitActive = new double[h];
    for (int i = 0; i < h; i++) {
      if (!mode.pinned[i]) {
        out.exitInactive[i] = Double.NaN;
        out.exitActive[i] = Double.NaN;
        continue;
      }
      int j = mode.edge[i];
      double rateI = preActivationRate(v, i, j);
      double rateA = rateI + jump(theta, sites.sum(out.residuals, j), i, j);
      out.exitInactive[i] = rateI;
      out.exitActive[i] = -rateA;
      if (network) {
        double x = sites.x[j];
        double c = rateI / (1.0 + x * x);
        v[i] -= c * x;
        v[h + i] -= c;
      } else {
        v[i] = 0.0;
      }
    }
    return out;
  }
}
