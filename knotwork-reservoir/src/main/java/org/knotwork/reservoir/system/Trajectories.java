package org.knotwork.reservoir.system;

import java.util.List;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.StepNormalizer;
import org.hipparchus.ode.sampling.StepNormalizerBounds;
import org.hipparchus.ode.sampling.StepNormalizerMode;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * Samples trajectories on a fixed grid (notes &sect;1&ndash;2): start from {@code x0}, integrate through a
 * spin-up of {@code spinUpSteps} sampling intervals (discarded), then record {@code samples} samples of
 * the observed components; sample 0 is the state at the end of the spin-up.
 */
public final class Trajectories {
  private Trajectories() {}

  /** Receives grid states. */
  @FunctionalInterface
  public interface StateSink {
    /** Grid point {@code index} (0 = initial state) with the full state {@code x} (do not keep it). */
    void accept(long index, double[] x);
  }

  /**
   * Integrates {@code system} from {@code x0} and hands every grid state 0..{@code steps} to
   * {@code sink}.
   */
  public static void integrate(OdeSystem system, Integration integration, double[] x0, double dt,
      long steps, StateSink sink) {
    validate(system, integration, x0, dt);
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
    double[] x = x0.clone();
    if (integration.method() == Integration.Method.RK4) {
      Rk4 rk4 = new Rk4(system);
      sink.accept(0, x);
      for (long s = 1; s <= steps; s++) {
        rk4.step(x, dt);
        sink.accept(s, x);
      }
      return;
    }
    sink.accept(0, x);
    if (steps == 0) {
      return;
    }
    OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
      @Override
      public int getDimension() {
        return system.dimension();
      }

      @Override
      public double[] computeDerivatives(double t, double[] y) {
        double[] dy = new double[y.length];
        system.derivative(y, dy);
        return dy;
      }
    };
    DormandPrince853Integrator dp = new DormandPrince853Integrator(0.0, 100.0 * dt,
        integration.absoluteTolerance(), integration.relativeTolerance());
    dp.setMaxEvaluations(Integer.MAX_VALUE);
    long[] next = {1};
    dp.addStepHandler(new StepNormalizer(dt, (ODEStateAndDerivative state, boolean isLast) -> {
      // The normaliser calls back at t = 0, dt, 2 dt, ...; index by count, skipping t = 0.
      double t = state.getTime();
      long idx = Math.round(t / dt);
      if (idx == next[0] && idx <= steps) {
        sink.accept(idx, state.getPrimaryState());
        next[0]++;
      }
    }, StepNormalizerMode.MULTIPLES, StepNormalizerBounds.BOTH));
    dp.integrate(ode, new ODEState(0.0, x0.clone()), steps * dt);
    if (next[0] != steps + 1) {
      throw new IllegalStateException("adaptive integration delivered " + (next[0] - 1)
          + " grid points, expected " + steps);
    }
  }

  /**
   * The sampled trajectory of the components {@code observed}, after {@code spinUpSteps} discarded
   * sampling intervals.
   *
   * @param names component names, one per observed component (null for defaults)
   */
  public static TimeSeries sample(OdeSystem system, Integration integration, double[] x0, double dt,
      int spinUpSteps, int samples, int[] observed, List<String> names) {
    if (spinUpSteps < 0) {
      throw new IllegalArgumentException("spinUpSteps must be >= 0, got " + spinUpSteps);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }
    if (observed == null || observed.length == 0) {
      throw new IllegalArgumentException("observed must list at least one component");
    }
    for (int o : observed) {
      if (o < 0 || o >= system.dimension()) {
        throw new IllegalArgumentException("observed component " + o + " outside [0, "
            + system.dimension() + ")");
      }
    }
    int kObs = observed.length;
    double[] values = new double[Math.multiplyExact(samples, kObs)];
    integrate(system, integration, x0, dt, (long) spinUpSteps + samples - 1, (idx, x) -> {
      long s = idx - spinUpSteps;
      if (s >= 0) {
        int base = (int) s * kObs;
        for (int q = 0; q < kObs; q++) {
          values[base + q] = x[observed[q]];
        }
      }
    });
    return new TimeSeries(values, kObs, dt, names);
  }

  /** The full state after {@code steps} sampling intervals from {@code x0}. */
  public static double[] advance(OdeSystem system, Integration integration, double[] x0, double dt,
      long steps) {
    double[] out = x0.clone();
    integrate(system, integration, x0, dt, steps, (idx, x) -> {
      if (idx == steps) {
        System.arraycopy(x, 0, out, 0, x.length);
      }
    });
    return out;
  }

  private static void validate(OdeSystem system, Integration integration, double[] x0, double dt) {
    if (system == null || integration == null || x0 == null) {
      throw new IllegalArgumentException("system, integration and x0 are required");
    }
    if (x0.length != system.dimension()) {
      throw new IllegalArgumentException("x0 must have " + system.dimension() + " components, got "
          + x0.length);
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
    }
  }
}
