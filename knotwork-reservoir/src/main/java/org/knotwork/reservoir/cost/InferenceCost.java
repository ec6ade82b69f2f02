package org.knotwork.reservoir.cost;

/**
 * Operations per closed-loop forecast step.
 *
 * @param multiplies multiplications
 * @param adds additions
 * @param tanh tanh evaluations
 */
public record InferenceCost(long multiplies, long adds, long tanh) {

  /** Validates non-negativity. */
  public InferenceCost {
    if (multiplies < 0 || adds < 0 || tanh < 0) {
      throw new IllegalArgumentException("operation counts must be >= 0");
    }
  }

  /** Multiplies + adds + tanh. */
  public long total() {
    return multiplies + adds + tanh;
  }
}
