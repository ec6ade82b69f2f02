package org.knotwork.reservoir.experiment;

import java.util.List;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.reservoir.system.Integration;
import org.knotwork.reservoir.system.Lorenz63;
import org.knotwork.reservoir.system.Trajectories;

/**
 * Lorenz 63 data (notes &sect;1): (x, y, z) sampled every {@code dt} after {@code spinUpSteps}
 * discarded intervals.
 *
 * @param system the equations
 * @param initialState start state (3 values)
 * @param dt sampling interval, &gt; 0
 * @param spinUpSteps discarded intervals, &ge; 0
 * @param length samples, &ge; 2
 * @param integration RK4 or adaptive
 */
public record Lorenz63Data(Lorenz63 system, double[] initialState, double dt, int spinUpSteps,
    int length, Integration integration) implements DataSource {

  /** Validates every field. */
  public Lorenz63Data {
    if (system == null || integration == null) {
      throw new IllegalArgumentException("system and integration are required");
    }
    if (initialState == null || initialState.length != 3) {
      throw new IllegalArgumentException("initialState must have 3 components");
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
    }
    if (spinUpSteps < 0) {
      throw new IllegalArgumentException("spinUpSteps must be >= 0, got " + spinUpSteps);
    }
    if (length < 2) {
      throw new IllegalArgumentException("length must be at least 2, got " + length);
    }
    initialState = initialState.clone();
  }

  /** The authors' recipe: IC (1, 1, 1), no transient, &Delta;t = 0.005, RK4 (their odeint: adaptive). */
  public static Lorenz63Data authors(int length) {
    return new Lorenz63Data(Lorenz63.standard(), new double[] {1, 1, 1}, 0.005, 0, length,
        Integration.rk4());
  }

  @Override
  public double[] initialState() {
    return initialState.clone();
  }

  /** Equal when every field is (the initial state by value). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Lorenz63Data d && system.equals(d.system)
        && java.util.Arrays.equals(initialState, d.initialState) && dt == d.dt
        && spinUpSteps == d.spinUpSteps && length == d.length && integration.equals(d.integration);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(system, java.util.Arrays.hashCode(initialState), dt, spinUpSteps,
        length, integration);
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public TimeSeries load() {
    return Trajectories.sample(system, integration, initialState, dt, spinUpSteps, length,
        new int[] {0, 1, 2}, List.of("x", "y", "z"));
  }

  @Override
  public String describe() {
    return system.describe() + ", x0=(" + initialState[0] + ", " + initialState[1] + ", "
        + initialState[2] + "), dt=" + dt + ", spin-up " + spinUpSteps + " steps, " + length
        + " samples, " + integration.label();
  }
}
