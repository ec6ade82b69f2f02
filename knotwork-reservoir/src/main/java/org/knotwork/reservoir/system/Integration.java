package org.knotwork.reservoir.system;

import java.util.Locale;

/**
 * How a trajectory is integrated: fixed-step RK4 at the sampling interval, or the adaptive
 * Dormand&ndash;Prince 8(5,3) integrator of Hipparchus with dense output read on the sampling grid (the
 * analogue of the authors' {@code odeint}, notes &sect;1).
 *
 * @param method the method
 * @param absoluteTolerance absolute tolerance of the adaptive method (&gt; 0; ignored by RK4)
 * @param relativeTolerance relative tolerance of the adaptive method (&gt; 0; ignored by RK4)
 */
public record Integration(Method method, double absoluteTolerance, double relativeTolerance) {

  /** The integration methods. */
  public enum Method {
    /** Classical RK4 with step = sampling interval. */
    RK4,
    /** Adaptive Dormand&ndash;Prince 8(5,3) with dense output. */
    DORMAND_PRINCE_853
  }

  /** Validates the tolerances. */
  public Integration {
    if (method == null) {
      throw new IllegalArgumentException("method is required (RK4 or DORMAND_PRINCE_853)");
    }
    if (!(absoluteTolerance > 0) || !(relativeTolerance > 0)) {
      throw new IllegalArgumentException("absoluteTolerance and relativeTolerance must be > 0, got "
          + absoluteTolerance + ", " + relativeTolerance);
    }
  }

  /** Fixed-step RK4. */
  public static Integration rk4() {
    return new Integration(Method.RK4, 1e-10, 1e-10);
  }

  /** Adaptive Dormand&ndash;Prince 8(5,3) with absolute and relative tolerance {@code tolerance}. */
  public static Integration adaptive(double tolerance) {
    return new Integration(Method.DORMAND_PRINCE_853, tolerance, tolerance);
  }

  /** {@code rk4} or {@code dp853(tol)}. */
  public String label() {
    return method == Method.RK4 ? "rk4"
        : String.format(Locale.ROOT, "dp853(atol=%.1e,rtol=%.1e)", absoluteTolerance,
            relativeTolerance);
  }
}
