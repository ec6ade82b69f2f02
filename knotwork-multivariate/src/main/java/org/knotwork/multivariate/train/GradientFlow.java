package org.knotwork.multivariate.train;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.knotwork.common.io.InputException;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * The gradient flow d&theta;/dt = &minus;&nabla;L(&theta;) in network coordinates of a shallow net
 * on R<sup>d</sup> (docs/multivariate-deep.md §1.7), integrated mode by mode. A <em>mode</em> fixes
 * which data points are on the active side of each unit; within it the field is the gradient of the
 * smooth loss with that membership frozen, integrated by Hipparchus's adaptive
 * Dormand&ndash;Prince 8(5,3) method, until an event detector finds the first time a data point
 * crosses a hyperplane; that point's membership is switched and integration continues. Each mode's
 * field is orthogonal to every unit's rescaling orbit, so the balances &delta;<sub>i</sub> are
 * conserved across modes and events (M1), up to the integrator's error: the reference for check 8.
 *
 * <p>Points that sit on a hyperplane (|z| below 1e-10 of the scale of z) when a mode starts are not
 * watched during that mode, so that a point leaving a hyperplane does not stop the integrator at
 * once; a flow that keeps switching (a point sliding along a hyperplane) stops with an exception
 * after {@value #MAX_EVENTS} events.
 */
public final class GradientFlow {
  /** The most mode switches in one call of {@link #flow}. */
  public static final int MAX_EVENTS = 100_000;
  private final double[][] x;
  private final double[] y;
  private final int d;
  private final double relativeTolerance;
  private final double absoluteTolerance;
  private int events;

  /**
   * The flow of L = 1/(2N)&Sigma;(f(x<sub>j</sub>) &minus; y<sub>j</sub>)<sup>2</sup> for data
   * (x, y), integrated at the given relative and absolute tolerances.
   */
  public GradientFlow(double[][] x, double[] y, double relativeTolerance,
      double absoluteTolerance) {
    if (!(relativeTolerance > 0) || !(absoluteTolerance > 0)) {
      throw new InputException("tolerances must be positive, got " + relativeTolerance + ", "
          + absoluteTolerance);
    }
    if (x.length == 0 || y.length != x.length) {
      throw new InputException("x and y must have the same number (>= 1) of data points");
    }
    this.x = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      this.x[j] = x[j].clone();
    }
    this.y = y.clone();
    this.d = x[0].length;
    this.relativeTolerance = relativeTolerance;
    this.absoluteTolerance = absoluteTolerance;
  }

  /** The number of mode switches of the last {@link #flow} call. */
  public int events() {
    return events;
  }

  /** The network at time {@code time} &ge; 0 of the flow started at {@code start}. */
  public ShallowNet flow(ShallowNet start, double time) {
    if (!(time >= 0) || !Double.isFinite(time)) {
      throw new InputException("time must be finite and >= 0, got " + time);
    }
    if (start.dim() != d) {
      throw new InputException("the net has d = " + start.dim() + ", the data d = " + d);
    }
    int h = start.width();
    double[] theta = start.toVector();
    double t = 0;
    events = 0;
    boolean[][] active = new boolean[h][x.length];
    for (int i = 0; i < h; i++) {
      for (int j = 0; j < x.length; j++) {
        active[i][j] = z(theta, h, i, j) > 0;
      }
    }
    while (t < time) {
      boolean[][] mode = active;
      boolean[][] watched = new boolean[h][x.length];
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < x.length; j++) {
          watched[i][j] = Math.abs(z(theta, h, i, j)) > 1e-10 * zScale(theta, h, i, j);
        }
      }
      int[] hit = {-1, -1};
      OrdinaryDifferentialEquation field = new OrdinaryDifferentialEquation() {
        @Override
        public int getDimension() {
          return theta.length;
        }

        @Override
        public double[] computeDerivatives(double s, double[] th) {
          return negativeModeGradient(th, h, mode);
        }
      };
      ODEEventDetector crossing = new ODEEventDetector() {
        private final BracketedUnivariateSolver<UnivariateFunction> solver =
            new BracketingNthOrderBrentSolver(1e-14, 1e-14, 0, 5);

        @Override
        public AdaptableInterval getMaxCheckInterval() {
          return AdaptableInterval.of(0.01);
        }

        @Override
        public int getMaxIterationCount() {
          return 200;
        }

        @Override
        public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
          return solver;
        }

        @Override
        public ODEEventHandler getHandler() {
          return (state, detector, increasing) -> Action.STOP;
        }

        @Override
        public double g(ODEStateAndDerivative state) {
          double[] th = state.getPrimaryState();
          double min = Double.POSITIVE_INFINITY;
          for (int i = 0; i < h; i++) {
            for (int j = 0; j < x.length; j++) {
              if (watched[i][j]) {
                double zz = z(th, h, i, j);
                double g = mode[i][j] ? zz : -zz;
                if (g < min) {
                  min = g;
                  hit[0] = i;
                  hit[1] = j;
                }
              }
            }
          }
          return min == Double.POSITIVE_INFINITY ? 1.0 : min;
        }
      };
      DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-14,
          Math.max(1e-14, time - t), absoluteTolerance, relativeTolerance);
      integrator.addEventDetector(crossing);
      ODEStateAndDerivative end = integrator.integrate(field, new ODEState(t, theta), time);
      double[] th = end.getPrimaryState();
      System.arraycopy(th, 0, theta, 0, theta.length);
      double reached = end.getTime();
      if (reached < time) {
        // the crossing: recompute g at the end state to find the pair, then switch it
        crossing.g(end);
        boolean[][] next = new boolean[h][];
        for (int i = 0; i < h; i++) {
          next[i] = mode[i].clone();
        }
        next[hit[0]][hit[1]] = !next[hit[0]][hit[1]];
        active = next;
        if (++events > MAX_EVENTS) {
          throw new IllegalStateException("the flow switched modes more than " + MAX_EVENTS
              + " times by t = " + reached + " (a point sliding along a hyperplane?)");
        }
      }
      t = reached;
    }
    return ShallowNet.fromVector(theta, d);
  }

  private double z(double[] th, int h, int i, int j) {
    double s = th[h * d + i];
    for (int k = 0; k < d; k++) {
      s += th[i * d + k] * x[j][k];
    }
    return s;
  }

  private double zScale(double[] th, int h, int i, int j) {
    double s = Math.abs(th[h * d + i]);
    for (int k = 0; k < d; k++) {
      s += Math.abs(th[i * d + k] * x[j][k]);
    }
    return s;
  }

  /**
   * &minus;&nabla;L with membership frozen at {@code mode}: f(x<sub>j</sub>) = c +
   * &Sigma;<sub>i: mode[i][j]</sub> v<sub>i</sub>(w<sub>i</sub>&middot;x<sub>j</sub> +
   * b<sub>i</sub>); equal to the true negative gradient where the mode is the actual membership.
   */
  double[] negativeModeGradient(double[] th, int h, boolean[][] mode) {
    double[] g = new double[th.length];
    int n = x.length;
    for (int j = 0; j < n; j++) {
      double f = th[th.length - 1];
      for (int i = 0; i < h; i++) {
        if (mode[i][j]) {
          f += th[h * (d + 1) + i] * z(th, h, i, j);
        }
      }
      double r = (f - y[j]) / n;
      for (int i = 0; i < h; i++) {
        if (mode[i][j]) {
          double v = th[h * (d + 1) + i];
          for (int k = 0; k < d; k++) {
            g[i * d + k] -= r * v * x[j][k];
          }
          g[h * d + i] -= r * v;
          g[h * (d + 1) + i] -= r * z(th, h, i, j);
        }
      }
      g[th.length - 1] -= r;
    }
    return g;
  }
}
