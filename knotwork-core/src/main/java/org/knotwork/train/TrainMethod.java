package org.knotwork.train;

/**
 * How parameters move: discrete steps of an {@link UpdateRule} on full or minibatch gradients, or the
 * exact gradient flow d&theta;/dt = &minus;&nabla;L(&theta;) (S11) integrated with event detection.
 */
public sealed interface TrainMethod {

  /**
   * Discrete descent.
   *
   * @param rule the update rule
   * @param batchSize 0 for full-batch gradients; otherwise the minibatch size B &ge; 1, each step
   *     drawing B distinct samples uniformly from the stream {@code Rng.of(seed, "minibatch/" + step)}
   *     (a batch size equal to N uses the full batch)
   */
  record Descent(UpdateRule rule, int batchSize) implements TrainMethod {
    /** Validates the fields. */
    public Descent {
      if (rule == null) {
        throw new IllegalArgumentException("rule is required");
      }
      if (batchSize < 0) {
        throw new IllegalArgumentException("batchSize must be >= 0 (0 = full batch), got "
            + batchSize);
      }
    }

    /** Full-batch descent with {@code rule}. */
    public static Descent fullBatch(UpdateRule rule) {
      return new Descent(rule, 0);
    }
  }

  /**
   * Gradient flow integrated by Hipparchus' adaptive Dormand&ndash;Prince 8(5,3) method, stopped and
   * restarted at every change of activation pattern (the algorithm is described in the
   * package documentation). The method is explicit: a stiff flow costs many steps. Euclidean flows
   * in spline coordinates are stiff when a knot lies far outside the data (the curvature in its
   * &mu; grows like the squared distance), and network-coordinate flows in the lazy regime when
   * |w| is large; both are the true dynamics, integrated correctly but slowly.
   *
   * @param relativeTolerance relative local error tolerance of the integrator, in (0, 1)
   * @param absoluteTolerance absolute local error tolerance, &gt; 0
   * @param eventTolerance absolute accuracy of located event times, &gt; 0
   * @param knotTolerance guard band for a knot that has just left a data point, relative to
   *     1 + |x| (x-units), in (0, 1): if the knot comes back past the point by more than this without
   *     having left it first, the pattern is corrected from the signs
   * @param maxStep largest integrator step, &gt; 0 (+&infin; for no limit other than the budget)
   * @param maxEvents largest number of processed pattern changes before the run stops, &ge; 1
   * @param integrator the ODE method between events ({@link FlowIntegrator})
   */
  record Flow(double relativeTolerance, double absoluteTolerance, double eventTolerance,
      double knotTolerance, double maxStep, long maxEvents, FlowIntegrator integrator)
      implements TrainMethod {
    /** Validates every field; messages name the field and the allowed range. */
    public Flow {
      if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
        throw new IllegalArgumentException(
            "relativeTolerance must be in (0, 1), got " + relativeTolerance);
      }
      if (!(absoluteTolerance > 0) || !Double.isFinite(absoluteTolerance)) {
        throw new IllegalArgumentException(
            "absoluteTolerance must be positive and finite, got " + absoluteTolerance);
      }
      if (!(eventTolerance > 0) || !Double.isFinite(eventTolerance)) {
        throw new IllegalArgumentException(
            "eventTolerance must be positive and finite, got " + eventTolerance);
      }
      if (!(knotTolerance > 0 && knotTolerance < 1)) {
        throw new IllegalArgumentException(
            "knotTolerance must be in (0, 1), got " + knotTolerance);
      }
      if (!(maxStep > 0)) {
        throw new IllegalArgumentException("maxStep must be positive, got " + maxStep);
      }
      if (maxEvents < 1) {
        throw new IllegalArgumentException("maxEvents must be >= 1, got " + maxEvents);
      }
      if (integrator == null) {
        throw new IllegalArgumentException("integrator is required");
      }
    }

    /** Settings with the default integrator ({@link FlowIntegrator#DOP853}). */
    public Flow(double relativeTolerance, double absoluteTolerance, double eventTolerance,
        double knotTolerance, double maxStep, long maxEvents) {
      this(relativeTolerance, absoluteTolerance, eventTolerance, knotTolerance, maxStep, maxEvents,
          FlowIntegrator.DOP853);
    }

    /**
     * Defaults: relative and absolute tolerance 1e-10 and 1e-12, event times to 1e-12, knot guard
     * band 1e-9, no step limit, at most 10<sup>7</sup> pattern changes.
     */
    public static Flow withDefaults() {
      return new Flow(1e-10, 1e-12, 1e-12, 1e-9, Double.POSITIVE_INFINITY, 10_000_000L);
    }

    /** The same settings with other integrator tolerances. */
    public Flow withTolerances(double relative, double absolute) {
      return new Flow(relative, absolute, eventTolerance, knotTolerance, maxStep, maxEvents,
          integrator);
    }

    /** The same settings with another integrator. */
    public Flow withIntegrator(FlowIntegrator method) {
      return new Flow(relativeTolerance, absoluteTolerance, eventTolerance, knotTolerance, maxStep,
          maxEvents, method);
    }

    /** The same settings with another event-time accuracy. */
    public Flow withEventTolerance(double tolerance) {
      return new Flow(relativeTolerance, absoluteTolerance, tolerance, knotTolerance, maxStep,
          maxEvents, integrator);
    }

    /** The same settings with another cap on processed events. */
    public Flow withMaxEvents(long max) {
      return new Flow(relativeTolerance, absoluteTolerance, eventTolerance, knotTolerance, maxStep,
          max, integrator);
    }
  }
}
