package org.knotwork.train;

/** Why a run ended. */
public enum StopReason {
  /** The step budget was used up. */
  STEP_BUDGET,
  /** The time budget was reached. */
  TIME_BUDGET,
  /** The loss fell to the threshold. */
  LOSS_THRESHOLD,
  /** The gradient norm fell to the threshold. */
  GRADIENT_THRESHOLD,
  /** A NaN/&infin; appeared or the loss blew up; the result keeps the last finite state. */
  DIVERGED,
  /** The flow processed its maximum number of pattern changes. */
  EVENT_LIMIT,
  /** The ODE integrator failed (e.g. its step size underflowed); the last accepted state is kept. */
  INTEGRATOR_FAILURE;

  /** Whether the run ended as planned (a budget or a threshold), not on a failure. */
  public boolean isNormal() {
    return this == STEP_BUDGET || this == TIME_BUDGET || this == LOSS_THRESHOLD
        || this == GRADIENT_THRESHOLD;
  }
}
