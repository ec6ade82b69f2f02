package org.knotwork.train;

import java.util.Locale;

/** The ODE method that integrates the flow between activation-pattern events (docs/flow.md). */
public enum FlowIntegrator {
  /**
   * Hipparchus' explicit Dormand&ndash;Prince 8(5,3): high order, cheap per step, but its step is
   * bounded by about 3.3/&lambda;<sub>max</sub> of the Hessian, so stiff flows (lazy regime, knots far
   * outside the data) cost many steps.
   */
  DOP853,
  /**
   * The exponential Rosenbrock method exprb43 (F6, F7) with &phi;-functions of the exact Hessian by
   * Lanczos (F3): order 4, exact on linear flows, its step bounded by accuracy only.
   */
  EXPRB43;

  /** The spec/CLI name (lower case). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label (case-insensitive). */
  public static FlowIntegrator parse(String label) {
    for (FlowIntegrator f : values()) {
      if (f.label().equalsIgnoreCase(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("integrator must be one of dop853, exprb43, got '" + label
        + "'");
  }
}
