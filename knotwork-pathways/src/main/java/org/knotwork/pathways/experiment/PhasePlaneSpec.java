package org.knotwork.pathways.experiment;

import java.util.List;
import org.knotwork.pathways.theory.ReducedModel;

/**
 * The reduced-model experiment of figure 3 (notes &sect;3.2, &sect;3.3): for every depth and spread,
 * {@code starts} pairs (p<sub>a</sub>, p<sub>b</sub>) ~ N(0, spread<sup>2</sup>) integrated from t = 0 to
 * dt &middot; steps, plus the vector field in the (K<sub>a</sub>, K<sub>b</sub>) plane.
 *
 * @param depths equal depth of both pathways per panel, each &ge; 1
 * @param spreads standard deviations of the initial p, each &gt; 0
 * @param starts random starts per panel, &ge; 1
 * @param target S, positive
 * @param c imbalance (1 in the paper), &ge; 0
 * @param dt time step, positive
 * @param steps integration steps, &ge; 1
 * @param recordEvery trajectory recording interval, &ge; 1
 * @param scheme EULER (as the script) or RK4
 * @param seed seed of the draws
 * @param fieldGrid points per axis of the vector-field grid over [&minus;0.2 S, 1.2 S], &ge; 2
 */
public record PhasePlaneSpec(List<Integer> depths, List<Double> spreads, int starts,
    double target, double c, double dt, int steps, int recordEvery, ReducedModel.Scheme scheme,
    long seed, int fieldGrid) {
  /** Validates the fields. */
  public PhasePlaneSpec {
    if (depths == null || depths.isEmpty()) {
      throw new IllegalArgumentException("depths must list at least one depth");
    }
    for (int i = 0; i < depths.size(); i++) {
      if (depths.get(i) == null || depths.get(i) < 1) {
        throw new IllegalArgumentException(
            "depths[" + i + "] must be an integer >= 1, got " + depths.get(i));
      }
    }
    if (spreads == null || spreads.isEmpty()) {
      throw new IllegalArgumentException("spreads must list at least one spread");
    }
    for (int i = 0; i < spreads.size(); i++) {
      Double s = spreads.get(i);
      if (s == null || !(s > 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException(
            "spreads[" + i + "] must be positive and finite, got " + s);
      }
    }
    if (starts < 1) {
      throw new IllegalArgumentException("starts must be >= 1, got " + starts);
    }
    if (!(target > 0) || !Double.isFinite(target)) {
      throw new IllegalArgumentException("target must be positive and finite, got " + target);
    }
    if (!(c > 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException(
          "c must be positive and finite (random p of either sign need c > 0), got " + c);
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be positive and finite, got " + dt);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be >= 1, got " + steps);
    }
    if (recordEvery < 1) {
      throw new IllegalArgumentException("recordEvery must be >= 1, got " + recordEvery);
    }
    if (scheme == null) {
      throw new IllegalArgumentException("scheme is missing (EULER or RK4)");
    }
    if (fieldGrid < 2) {
      throw new IllegalArgumentException("fieldGrid must be >= 2, got " + fieldGrid);
    }
    depths = List.copyOf(depths);
    spreads = List.copyOf(spreads);
  }

  /** A copy with another number of starts. */
  public PhasePlaneSpec withStarts(int newStarts) {
    return new PhasePlaneSpec(depths, spreads, newStarts, target, c, dt, steps, recordEvery,
        scheme, seed, fieldGrid);
  }
}
