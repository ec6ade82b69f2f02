package org.knotwork.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.net.Coordinates;

/**
 * The exponential Rosenbrock integrator (F6&ndash;F8) against closed forms and against the
 * Dormand&ndash;Prince flow.
 */
class ExponentialFlowTest {
  private static final Dataset DATA = Nets.wiggly8();

  private static TrainResult flow(ShallowProblem p, TrainMethod.Flow m, double time) {
    return Trainer.run(p, TrainSpec.of(m, StopCriteria.time(time)), TrainingListener.none());
  }

  private static double maxDiff(double[] a, double[] b) {
    double m = 0;
    for (int k = 0; k < a.length; k++) {
      m = Math.max(m, Math.abs(a[k] - b[k]));
    }
    return m;
  }

  /**
   * A symmetric 3x3 matrix with eigenvalues 1e4, 1, -0.5 (stiff and one growing direction) and
   * y' = -A y + c: closed form y(t) = e^{-tA}y0 + t phi1(-tA) c, by the eigen-decomposition.
   */
  private static final double[][] Q = orthonormal();
  private static final double[] LAMBDA = {1e4, 1.0, -0.5};
  private static final double[] C = {0.3, -1.0, 2.0};
  private static final double[] Y0 = {1.0, 2.0, -1.0};

  private static double[][] orthonormal() {
    double[][] v = {{1, 2, 2}, {2, 1, -2}, {2, -2, 1}};
    for (double[] r : v) {
      for (int k = 0; k < 3; k++) {
        r[k] /= 3.0;
      }
    }
    return v;
  }

  private static void applyA(double[] u, double[] out) {
    double[] coord = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        coord[i] += Q[i][k] * u[k];
      }
    }
    for (int k = 0; k < 3; k++) {
      out[k] = 0;
      for (int i = 0; i < 3; i++) {
        out[k] += Q[i][k] * LAMBDA[i] * coord[i];
      }
    }
  }

  private static double[] linearExact(double t) {
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double y0i = 0;
      double ci = 0;
      for (int k = 0; k < 3; k++) {
        y0i += Q[i][k] * Y0[k];
        ci += Q[i][k] * C[k];
      }
      double z = -t * LAMBDA[i];
      double yi = Math.exp(z) * y0i + t * PhiKrylov.phi(1, z) * ci;
      for (int k = 0; k < 3; k++) {
        out[k] += Q[i][k] * yi;
      }
    }
    return out;
  }

  private static final class Linear implements OrdinaryDifferentialEquation {
    @Override
    public int getDimension() {
      return 3;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      double[] out = new double[3];
      applyA(y, out);
      for (int k = 0; k < 3; k++) {
        out[k] = C[k] - out[k];
      }
      return out;
    }
  }

  private static final class Counter implements ODEStepHandler {
    final List<Double> times = new ArrayList<>();

    @Override
    public void handleStep(org.hipparchus.ode.sampling.ODEStateInterpolator interp) {
      times.add(interp.getCurrentState().getTime());
    }
  }

  @Test
  void aStiffLinearFlowIsExactInFewStepsWhateverItsStiffness() {
    ExponentialRosenbrock er = new ExponentialRosenbrock(1e-13, Double.POSITIVE_INFINITY, 1e-12,
        1e-10);
    Counter c = new Counter();
    ODEStateAndDerivative end = er.integrate(new Linear(), y -> ExponentialFlowTest::applyA, c,
        (s, f) -> Action.CONTINUE, new ODEState(0, Y0), 2.0);
    assertThat(end.getTime()).isEqualTo(2.0);
    assertThat(maxDiff(end.getCompleteState(), linearExact(2.0))).isLessThan(1e-11);
    // DOP853 would need about 2 * 1e4 / 3.3 = 6000 steps for stability alone.
    assertThat(er.accepted()).isLessThan(40);
  }

  /** Nonlinear scalar y' = -y^2, y(0) = 1: y = 1/(1 + t). Global error ~ h^4 (order 4, F7). */
  @Test
  void convergesAtFourthOrderOnAClosedFormNonlinearProblem() {
    OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
      @Override
      public int getDimension() {
        return 1;
      }

      @Override
      public double[] computeDerivatives(double t, double[] y) {
        return new double[] {-y[0] * y[0]};
      }
    };
    double[] err = new double[3];
    for (int j = 0; j < 3; j++) {
      double h = 0.5 / (1 << j);
      // Fixed steps: a tolerance that accepts everything, steps capped at h.
      ExponentialRosenbrock er = new ExponentialRosenbrock(1e-13, h, 1e3, 0.5);
      double[] ref = new double[1];
      ODEStateAndDerivative end = er.integrate(ode, y -> (u, out) -> out[0] = 2 * y[0] * u[0],
          new Counter(), (s, f) -> Action.CONTINUE, new ODEState(0, new double[] {1.0}), 4.0);
      ref[0] = 1.0 / 5.0;
      err[j] = Math.abs(end.getCompleteState()[0] - ref[0]);
    }
    for (int j = 1; j < 3; j++) {
      double order = Math.log(err[j - 1] / err[j]) / Math.log(2);
      assertThat(order).isBetween(3.6, 4.6);
    }
  }

  @Test
  void phiFunctionsMatchTheirSeriesAndRecurrenceAcrossTheSwitch() {
    // phi_k(z) = sum_j z^j / (j+k)!: direct sum at |z| = 1 +/- (both branches), 40 terms.
    for (double z : new double[] {-1.0000001, -0.9999999, 0.9999999, 1.0000001, -3.0, 2.5}) {
      for (int k = 0; k <= 4; k++) {
        double sum = 0;
        double term = 1;
        for (int j = 2; j <= k; j++) {
          term /= j;
        }
        for (int j = 0; j < 60; j++) {
          sum += term;
          term *= z / (j + k + 1);
        }
        assertThat(PhiKrylov.phi(k, z)).isCloseTo(sum,
            org.assertj.core.api.Assertions.within(1e-13 * Math.max(1, Math.abs(sum))));
      }
    }
  }

  /** On a non-stiff small spline flow with crossings and pins, both integrators agree tightly. */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void matchesDormandPrinceAndEveryEventTimeOnANonStiffFlow(Coordinates coords) {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), coords);
    TrainMethod.Flow base = TrainMethod.Flow.withDefaults().withTolerances(1e-12, 1e-14)
        .withEventTolerance(1e-13);
    TrainResult dop = flow(p, base, 5);
    TrainResult exp = flow(p, base.withIntegrator(FlowIntegrator.EXPRB43), 5);
    assertThat(dop.events()).isNotEmpty();
    assertThat(exp.reason()).isEqualTo(StopReason.TIME_BUDGET);
    assertThat(exp.events()).hasSameSizeAs(dop.events());
    for (int k = 0; k < dop.events().size(); k++) {
      FlowEvent a = dop.events().get(k);
      FlowEvent b = exp.events().get(k);
      assertThat(b.kind()).isEqualTo(a.kind());
      assertThat(b.neuron()).isEqualTo(a.neuron());
      assertThat(Math.abs(b.time() - a.time())).as("event %d", k).isLessThan(1e-8);
    }
    assertThat(maxDiff(exp.last().theta(), dop.last().theta())).isLessThan(1e-8);
  }

  /** Same spec, same bytes; resuming from any checkpoint replays the rest exactly (step hint reset). */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void resumingFromACheckpointReplaysTheUninterruptedFlow(Coordinates coords) {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), coords);
    TrainSpec s = TrainSpec.of(TrainMethod.Flow.withDefaults()
            .withIntegrator(FlowIntegrator.EXPRB43), StopCriteria.time(8))
        .withSnapshots(SnapshotSchedule.uniform(SnapshotSchedule.Unit.TIME, 8, 17))
        .withCheckpointEvery(6).withProgressEvery(3);
    Recording full = new Recording();
    Recording again = new Recording();
    Trainer.run(p, s, full);
    Trainer.run(p, s, again);
    assertThat(again.all).isEqualTo(full.all);
    assertThat(full.checkpoints).hasSizeGreaterThan(2);
    assertThat(full.events).isNotEmpty();
    int n = full.checkpoints.size();
    for (Checkpoint c : List.of(full.checkpoints.get(0), full.checkpoints.get(n / 2),
        full.checkpoints.get(n - 1))) {
      Recording tail = new Recording();
      Trainer.resume(p, s, c, tail);
      assertThat(tail.all).isEqualTo(full.after(c));
    }
  }
}
