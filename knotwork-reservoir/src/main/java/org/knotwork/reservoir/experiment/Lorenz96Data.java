package org.knotwork.reservoir.experiment;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.reservoir.system.Integration;
import org.knotwork.reservoir.system.Lorenz96ThreeTier;
import org.knotwork.reservoir.system.Trajectories;

/**
 * Three-tier Lorenz 96 data (notes &sect;2): only the K slow variables X are observed. Initial state as
 * in Chattopadhyay's generator, drawn from stream {@code "l96-initial-state"} of {@code seed}: X_k uniform
 * integers in [&minus;5, 5], Y ~ N(0, 1), Z ~ 0.05 N(0, 1).
 *
 * @param system the equations
 * @param seed seed of the initial state
 * @param dt sampling interval (= RK4 step), &gt; 0
 * @param spinUpSteps discarded intervals (100 time units = 20 000 at &Delta;t = 0.005)
 * @param length samples, &ge; 2
 * @param integration RK4 or adaptive
 */
public record Lorenz96Data(Lorenz96ThreeTier system, long seed, double dt, int spinUpSteps,
    int length, Integration integration) implements DataSource {

  /** Validates every field. */
  public Lorenz96Data {
    if (system == null || integration == null) {
      throw new IllegalArgumentException("system and integration are required");
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
  }

  /** The paper's system, RK4 at &Delta;t = 0.005, 100 time units of spin-up. */
  public static Lorenz96Data standard(long seed, int length) {
    return new Lorenz96Data(Lorenz96ThreeTier.standard(), seed, 0.005, 20_000, length,
        Integration.rk4());
  }

  /** The initial state (before spin-up). */
  public double[] initialState() {
    Rng rng = Rng.of(seed, "l96-initial-state");
    int k = system.k();
    double[] x = new double[system.dimension()];
    for (int q = 0; q < k; q++) {
      x[q] = rng.nextInt(11) - 5;
    }
    int ny = k * system.j();
    for (int q = k; q < k + ny; q++) {
      x[q] = rng.gaussian();
    }
    for (int q = k + ny; q < x.length; q++) {
      x[q] = 0.05 * rng.gaussian();
    }
    return x;
  }

  @Override
  public int dimension() {
    return system.k();
  }

  @Override
  public TimeSeries load() {
    int k = system.k();
    int[] obs = new int[k];
    List<String> names = new ArrayList<>();
    for (int q = 0; q < k; q++) {
      obs[q] = q;
      names.add("X" + (q + 1));
    }
    return Trajectories.sample(system, integration, initialState(), dt, spinUpSteps, length, obs,
        names);
  }

  @Override
  public String describe() {
    return system.describe() + ", seed=" + seed + ", dt=" + dt + ", spin-up " + spinUpSteps
        + " steps, " + length + " samples of X, " + integration.label();
  }
}
