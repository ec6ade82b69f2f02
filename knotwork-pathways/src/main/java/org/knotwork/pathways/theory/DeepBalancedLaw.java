package org.knotwork.pathways.theory;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The learning law of one mode of a balanced, SVD-aligned chain of D weight matrices (Saxe et al.
 * 2014; Arora, Cohen &amp; Hazan 2018; notes &sect;2.2): du/dt = D u<sup>2&minus;2/D</sup>(s &minus; u),
 * theory time (&frac12;-loss, one step = lr). D = 2 is {@link SaxeSigmoid}; D = 1 is linear regression,
 * u(t) = s &minus; (s &minus; u<sub>0</sub>)e<sup>&minus;t</sup>.
 *
 * @param depth D &ge; 1
 */
public record DeepBalancedLaw(int depth) {
  /** Validates the depth. */
  public DeepBalancedLaw {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
  }

  /** du/dt = D u<sup>2&minus;2/D</sup>(s &minus; u) for u &ge; 0. */
  public double rate(double u, double s) {
    if (!(u >= 0)) {
      throw new IllegalArgumentException("u must be >= 0, got " + u);
    }
    return depth * Math.pow(u, 2.0 - 2.0 / depth) * (s - u);
  }

  /**
   * u at the given times, integrated with Dormand-Prince 8(5,3) (Hipparchus) at relative tolerance
   * 1e-12.
   *
   * @param s singular value, &gt; 0
   * @param u0 initial strength in (0, s)
   * @param times non-decreasing, &ge; 0
   */
  public double[] trajectory(double s, double u0, double[] times) {
    check(s, u0, "u0");
    OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
      @Override
      public int getDimension() {
        return 1;
      }

      @Override
      public double[] computeDerivatives(double t, double[] y) {
        return new double[] {rate(Math.max(y[0], 0), s)};
      }
    };
    DormandPrince853Integrator integ = new DormandPrince853Integrator(1e-12, 1.0, 1e-15, 1e-12);
    double[] out = new double[times.length];
    double t = 0;
    double u = u0;
    for (int i = 0; i < times.length; i++) {
      double target = times[i];
      if (!(target >= t) || !Double.isFinite(target)) {
        throw new IllegalArgumentException(
            "times must be finite, >= 0 and non-decreasing; times[" + i + "] = " + target);
      }
      if (target > t) {
        u = integ.integrate(ode, new ODEState(t, new double[] {u}), target).getPrimaryState()[0];
        t = target;
      }
      out[i] = u;
    }
    return out;
  }

  /**
   * Time to go from u<sub>0</sub> to u<sub>f</sub>: &int; du / (D u<sup>2&minus;2/D</sup>(s &minus; u)),
   * by Gauss-Legendre quadrature in x = ln u (accurate unless u<sub>f</sub> is extremely close to s).
   */
  public double time(double s, double u0, double uf) {
    check(s, u0, "u0");
    check(s, uf, "uf");
    if (uf < u0) {
      throw new IllegalArgumentException("uf must be >= u0, got uf=" + uf + ", u0=" + u0);
    }
    if (uf == u0) {
      return 0;
    }
    IterativeLegendreGaussIntegrator q = new IterativeLegendreGaussIntegrator(5, 1e-13, 1e-15);
    double e = 2.0 / depth - 1.0;
    return q.integrate(Integer.MAX_VALUE,
        x -> {
          double u = Math.exp(x);
          return Math.pow(u, e) / (depth * (s - u));
        }, Math.log(u0), Math.log(uf));
  }

  /** Time to reach s/2 from u<sub>0</sub> &lt; s/2. */
  public double halfTime(double s, double u0) {
    return time(s, u0, s / 2);
  }

  private static void check(double s, double u, String name) {
    if (!(s > 0) || !Double.isFinite(s)) {
      throw new IllegalArgumentException("s must be positive and finite, got " + s);
    }
    if (!(u > 0 && u < s)) {
      throw new IllegalArgumentException(name + " must be in (0, s) = (0, " + s + "), got " + u);
    }
  }
}
