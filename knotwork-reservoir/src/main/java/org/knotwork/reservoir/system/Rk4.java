package org.knotwork.reservoir.system;

/**
 * Classical fourth-order Runge&ndash;Kutta with a fixed step, in place and allocation-free (the
 * integrator of Chattopadhyay's L96 generator, notes &sect;2). Not thread-safe: one instance per thread.
 */
public final class Rk4 {
  private final OdeSystem system;
  private final double[] k1;
  private final double[] k2;
  private final double[] k3;
  private final double[] k4;
  private final double[] tmp;

  /** A stepper for {@code system}. */
  public Rk4(OdeSystem system) {
    if (system == null) {
      throw new IllegalArgumentException("system is required");
    }
    this.system = system;
    int n = system.dimension();
    k1 = new double[n];
    k2 = new double[n];
    k3 = new double[n];
    k4 = new double[n];
    tmp = new double[n];
  }

  /** Advances {@code x} by one step of size {@code dt}, in place. */
  public void step(double[] x, double dt) {
    int n = x.length;
    system.derivative(x, k1);
    double half = 0.5 * dt;
    for (int q = 0; q < n; q++) {
      tmp[q] = x[q] + half * k1[q];
    }
    system.derivative(tmp, k2);
    for (int q = 0; q < n; q++) {
      tmp[q] = x[q] + half * k2[q];
    }
    system.derivative(tmp, k3);
    for (int q = 0; q < n; q++) {
      tmp[q] = x[q] + dt * k3[q];
    }
    system.derivative(tmp, k4);
    double sixth = dt / 6.0;
    for (int q = 0; q < n; q++) {
      x[q] += sixth * (k1[q] + 2.0 * k2[q] + 2.0 * k3[q] + k4[q]);
    }
  }
}
