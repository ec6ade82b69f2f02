package org.knotwork.train;

import java.util.function.Function;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEStepEndHandler;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * The exponential Rosenbrock method exprb43 of Hochbruck, Ostermann &amp; Schweitzer (docs/flow.md
 * F6, F7) for
 * y&#775; = f(y) with a symmetric negated Jacobian A = &minus;&part;f/&part;y available as an exact
 * operator: order 4 with an embedded order-3 solution for step-size control, exact for linear
 * problems whatever the step (the stiff part is integrated by &phi;-functions of A, computed by
 * Lanczos in {@link PhiKrylov}), so the step is set by the accuracy of the slow dynamics rather than
 * by the largest eigenvalue. Dense output is the cubic Hermite interpolant of the step's end states
 * and derivatives (F8).
 *
 * <p>The driver follows Hipparchus' conventions, so that the flow's event machinery is shared with
 * Dormand&ndash;Prince: after each accepted step the handler's {@code updateOnStep} and
 * {@code handleStep} see the step's interpolator, and the step-end handler decides whether to stop.
 * The first step is chosen from the state alone (deterministic restarts); a step is rejected when
 * its error estimate exceeds the tolerance, a stage is not finite, or the Krylov space reaches its
 * cap.
 */
final class ExponentialRosenbrock {
  /** Largest Krylov dimension before a step is shortened. */
  static final int MAX_KRYLOV = 80;
  /** Fraction of the local tolerance allowed for each Krylov approximation. */
  private static final double KRYLOV_SHARE = 0.05;
  private static final double SAFETY = 0.9;
  private static final double MIN_FACTOR = 0.2;
  private static final double MIN_FACTOR_REJECTED = 0.05;
  private static final double MAX_FACTOR = 4.0;

  private static final PhiKrylov.Term[][] FIRST = {
      {new PhiKrylov.Term(1, 0.5, 1.0)}, {new PhiKrylov.Term(1, 1.0, 1.0)}};
  private static final PhiKrylov.Term[][] ON_D2 = {
      {new PhiKrylov.Term(1, 1.0, 1.0)},
      {new PhiKrylov.Term(3, 1.0, 16.0), new PhiKrylov.Term(4, 1.0, -48.0)},
      {new PhiKrylov.Term(4, 1.0, -48.0)}};
  private static final PhiKrylov.Term[][] ON_D3 = {
      {new PhiKrylov.Term(3, 1.0, -2.0), new PhiKrylov.Term(4, 1.0, 12.0)},
      {new PhiKrylov.Term(4, 1.0, 12.0)}};

  private final double minStep;
  private final double maxStep;
  private final double absTol;
  private final double relTol;
  private long accepted;
  private long rejected;
  private long products;
  private long evaluations;
  private double nextStep = Double.NaN;
  private PhiKrylov krylov;

  ExponentialRosenbrock(double minStep, double maxStep, double absTol, double relTol) {
    this.minStep = minStep;
    this.maxStep = maxStep;
    this.absTol = absTol;
    this.relTol = relTol;
  }

  /** Accepted steps so far. */
  long accepted() {
    return accepted;
  }

  /** Rejected trial steps so far. */
  long rejected() {
    return rejected;
  }

  /** Operator products (Lanczos and stage corrections) so far. */
  long products() {
    return products;
  }

  /** The step the controller proposes after the last accepted step (NaN before any). */
  double nextStep() {
    return nextStep;
  }

  /** Field evaluations so far. */
  long evaluations() {
    return evaluations;
  }

  /**
   * Integrates from {@code start} to {@code tEnd} (&gt; start time) or until the step-end handler
   * stops; returns the last accepted state.
   *
   * @param jacobian the negated Jacobian A at a state (symmetric)
   * @throws MathIllegalStateException when the step falls below the minimum
   */
  ODEStateAndDerivative integrate(OrdinaryDifferentialEquation ode,
      Function<double[], PhiKrylov.Operator> jacobian, ODEStepHandler handler,
      ODEStepEndHandler endHandler, ODEState start, double tEnd) {
    return integrate(ode, jacobian, handler, endHandler, start, tEnd, Double.NaN);
  }

  /**
   * As above, with the first trial step {@code firstStep} (NaN: chosen from the state alone).
   */
  ODEStateAndDerivative integrate(OrdinaryDifferentialEquation ode,
      Function<double[], PhiKrylov.Operator> jacobian, ODEStepHandler handler,
      ODEStepEndHandler endHandler, ODEState start, double tEnd, double firstStep) {
    double t = start.getTime();
    double[] y = start.getCompleteState().clone();
    int n = y.length;
    double[] f = derivative(ode, t, y);
    ODEStateAndDerivative state = new ODEStateAndDerivative(t, y, f);
    double h = Double.isNaN(firstStep) ? initialStep(y, f, tEnd - t)
        : Math.max(minStep, Math.min(firstStep, maxStep));
    nextStep = h;
    double end = tEnd;
    while (true) {
      double remaining = end - t;
      if (remaining <= 0) {
        return state;
      }
      PhiKrylov.Operator a = jacobian.apply(y);
      double[] scale = new double[n];
      double scaleNorm = 0;
      for (int k = 0; k < n; k++) {
        scale[k] = absTol + relTol * Math.abs(y[k]);
        scaleNorm += scale[k] * scale[k];
      }
      scaleNorm = Math.sqrt(scaleNorm);
      while (true) {
        boolean last = h >= remaining * (1 - 1e-12);
        double hh = last ? remaining : h;
        double t1 = last ? end : t + hh;
        double[] y1 = attempt(ode, a, y, f, t, hh, scale, scaleNorm);
        double err = y1 == null ? Double.POSITIVE_INFINITY : error(y, y1, scale);
        if (err <= 1.0) {
          accepted++;
          double[] f1 = derivative(ode, t1, y1);
          ODEStateAndDerivative next = new ODEStateAndDerivative(t1, y1, f1);
          HermiteInterpolator interp = new HermiteInterpolator(state, next);
          handler.updateOnStep(interp);
          handler.handleStep(interp);
          t = t1;
          y = y1;
          f = f1;
          state = next;
          double factor = err == 0 ? MAX_FACTOR
              : Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, SAFETY * Math.pow(err, -0.25)));
          h = Math.min(maxStep, hh * factor);
          nextStep = h;
          if (endHandler.stepEndOccurred(state, true) == Action.STOP) {
            return state;
          }
          break;
        }
        rejected++;
        double factor = Double.isFinite(err)
            ? Math.max(MIN_FACTOR_REJECTED, Math.min(1.0, SAFETY * Math.pow(err, -0.25))) : 0.5;
        h = hh * factor;
        if (h < minStep) {
          throw new MathIllegalStateException(
              LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION, minStep, h);
        }
      }
    }
  }

  /**
   * One exprb43 step of length h from (t, y) with f = f(y) (F7); the new state with its error
   * estimate folded in as {@code lastError}, or null if a stage is not finite or Krylov failed.
   */
  private double[] attempt(OrdinaryDifferentialEquation ode, PhiKrylov.Operator a, double[] y,
      double[] f, double t, double h, double[] scale, double scaleNorm) {
    int n = y.length;
    if (krylov == null) {
      krylov = new PhiKrylov(n, MAX_KRYLOV);
    }
    long before = krylov.products();
    double tol = KRYLOV_SHARE * scaleNorm / h;
    try {
      // Run A on f: phi1(-hA/2) f and phi1(-hA) f.
      double[][] ra = krylov.apply(a, f, scaled(FIRST, h), tol);
      if (ra == null) {
        return null;
      }
      double[] u2 = new double[n];
      for (int k = 0; k < n; k++) {
        u2[k] = y[k] + 0.5 * h * ra[0][k];
      }
      double[] d2 = remainder(ode, a, t + 0.5 * h, u2, y, f);
      if (d2 == null) {
        return null;
      }
      // Run B on D2: phi1 D2 (for U3), (16 phi3 - 48 phi4) D2 (for y1), -48 phi4 D2 (error).
      double[][] rb = krylov.apply(a, d2, scaled(ON_D2, h), tol);
      if (rb == null) {
        return null;
      }
      double[] u3 = new double[n];
      for (int k = 0; k < n; k++) {
        u3[k] = y[k] + h * (ra[1][k] + rb[0][k]);
      }
      double[] d3 = remainder(ode, a, t + h, u3, y, f);
      if (d3 == null) {
        return null;
      }
      // Run C on D3: (-2 phi3 + 12 phi4) D3 (for y1), 12 phi4 D3 (error).
      double[][] rc = krylov.apply(a, d3, scaled(ON_D3, h), tol);
      if (rc == null) {
        return null;
      }
      double[] y1 = new double[n];
      lastError = new double[n];
      for (int k = 0; k < n; k++) {
        lastError[k] = h * (rb[2][k] + rc[1][k]);
        y1[k] = y[k] + h * (ra[1][k] + rb[1][k] + rc[0][k]);
        if (!Double.isFinite(y1[k])) {
          return null;
        }
      }
      return y1;
    } finally {
      products += krylov.products() - before;
    }
  }

  /** The error estimate of the last attempt: y1 minus the embedded order-3 solution (F7). */
  private double[] lastError;

  private double error(double[] y0, double[] y1, double[] scale) {
    double s = 0;
    for (int k = 0; k < y0.length; k++) {
      double sc = Math.max(scale[k], absTol + relTol * Math.abs(y1[k]));
      double e = lastError[k] / sc;
      s += e * e;
    }
    double err = Math.sqrt(s / y0.length);
    return Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
  }

  /** D = f(u) &minus; f(y) + A(u &minus; y), the nonlinear remainder of a stage (F6); null if not finite. */
  private double[] remainder(OrdinaryDifferentialEquation ode, PhiKrylov.Operator a, double time,
      double[] u, double[] y, double[] f) {
    int n = y.length;
    double[] fu = derivative(ode, time, u);
    double[] du = new double[n];
    for (int k = 0; k < n; k++) {
      du[k] = u[k] - y[k];
    }
    double[] adu = new double[n];
    a.apply(du, adu);
    products++;
    double[] d = new double[n];
    for (int k = 0; k < n; k++) {
      d[k] = fu[k] - f[k] + adu[k];
      if (!Double.isFinite(d[k])) {
        return null;
      }
    }
    return d;
  }

  private double[] derivative(OrdinaryDifferentialEquation ode, double time, double[] state) {
    evaluations++;
    return ode.computeDerivatives(time, state);
  }

  private static PhiKrylov.Term[][] scaled(PhiKrylov.Term[][] combos, double h) {
    PhiKrylov.Term[][] out = new PhiKrylov.Term[combos.length][];
    for (int p = 0; p < combos.length; p++) {
      out[p] = new PhiKrylov.Term[combos[p].length];
      for (int q = 0; q < combos[p].length; q++) {
        PhiKrylov.Term t = combos[p][q];
        out[p][q] = new PhiKrylov.Term(t.k(), t.s() * h, t.c());
      }
    }
    return out;
  }

  /** A first step from the state alone: 1% of the ratio of the scaled sizes of y and f. */
  private double initialStep(double[] y, double[] f, double span) {
    double d0 = 0;
    double d1 = 0;
    for (int k = 0; k < y.length; k++) {
      double sc = absTol + relTol * Math.abs(y[k]);
      d0 += (y[k] / sc) * (y[k] / sc);
      d1 += (f[k] / sc) * (f[k] / sc);
    }
    double h = d0 < 1e-10 || d1 < 1e-10 ? 1e-6 : 0.01 * Math.sqrt(d0 / d1);
    return Math.max(minStep, Math.min(Math.min(h, maxStep), span));
  }

  /**
   * The cubic Hermite interpolant of one step (F8): exact ends and end derivatives, third-order
   * accurate inside.
   */
  static final class HermiteInterpolator implements ODEStateInterpolator {
    private static final long serialVersionUID = 1L;
    private final ODEStateAndDerivative s0;
    private final ODEStateAndDerivative s1;

    private final double[] y0;
    private final double[] y1;
    private final double[] f0;
    private final double[] f1;

    HermiteInterpolator(ODEStateAndDerivative s0, ODEStateAndDerivative s1) {
      this.s0 = s0;
      this.s1 = s1;
      this.y0 = s0.getCompleteState();
      this.y1 = s1.getCompleteState();
      this.f0 = s0.getCompleteDerivative();
      this.f1 = s1.getCompleteDerivative();
    }

    @Override
    public ODEStateAndDerivative getPreviousState() {
      return s0;
    }

    @Override
    public boolean isPreviousStateInterpolated() {
      return false;
    }

    @Override
    public ODEStateAndDerivative getCurrentState() {
      return s1;
    }

    @Override
    public boolean isCurrentStateInterpolated() {
      return false;
    }

    @Override
    public ODEStateAndDerivative getInterpolatedState(double time) {
      double t0 = s0.getTime();
      double dt = s1.getTime() - t0;
      double s = (time - t0) / dt;
      double s2 = s * s;
      double s3 = s2 * s;
      double h00 = 2 * s3 - 3 * s2 + 1;
      double h10 = (s3 - 2 * s2 + s) * dt;
      double h01 = -2 * s3 + 3 * s2;
      double h11 = (s3 - s2) * dt;
      double g00 = (6 * s2 - 6 * s) / dt;
      double g10 = 3 * s2 - 4 * s + 1;
      double g01 = (-6 * s2 + 6 * s) / dt;
      double g11 = 3 * s2 - 2 * s;
      double[] y = new double[y0.length];
      double[] d = new double[y0.length];
      for (int k = 0; k < y.length; k++) {
        y[k] = h00 * y0[k] + h10 * f0[k] + h01 * y1[k] + h11 * f1[k];
        d[k] = g00 * y0[k] + g10 * f0[k] + g01 * y1[k] + g11 * f1[k];
      }
      return new ODEStateAndDerivative(time, y, d);
    }

    /** Component k of {@link #getInterpolatedState} alone (the same arithmetic, bit for bit). */
    double component(double time, int k) {
      double t0 = s0.getTime();
      double dt = s1.getTime() - t0;
      double s = (time - t0) / dt;
      double s2 = s * s;
      double s3 = s2 * s;
      return (2 * s3 - 3 * s2 + 1) * y0[k] + (s3 - 2 * s2 + s) * dt * f0[k]
          + (-2 * s3 + 3 * s2) * y1[k] + (s3 - s2) * dt * f1[k];
    }

    @Override
    public boolean isForward() {
      return true;
    }

    @Override
    public ODEStateInterpolator restrictStep(ODEStateAndDerivative previousState,
        ODEStateAndDerivative currentState) {
      throw new UnsupportedOperationException("the flow does not restrict steps");
    }
  }
}
