package org.knotwork.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.train.SnapshotSchedule.Unit;

class GradientFlowTest {
  private static final Dataset DATA = Nets.wiggly8();

  private static TrainResult flow(ShallowProblem p, double time, TrainingListener l) {
    return Trainer.run(p, TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.time(time)),
        l);
  }

  private static TrainResult flow(ShallowProblem p, TrainMethod.Flow m, double time) {
    return Trainer.run(p, TrainSpec.of(m, StopCriteria.time(time)), TrainingListener.none());
  }

  private static double[] gd(ShallowProblem p, double eta, double time) {
    return Trainer.run(p, TrainSpec.of(TrainMethod.Descent.fullBatch(
        new UpdateRule.GradientDescent(eta)), StopCriteria.time(time)), TrainingListener.none())
        .last().theta();
  }

  private static double maxDiff(double[] a, double[] b) {
    double m = 0;
    for (int k = 0; k < a.length; k++) {
      m = Math.max(m, Math.abs(a[k] - b[k]));
    }
    return m;
  }

  /** Notes check 10: GD with step η is Euler for the flow, error O(η), here without events. */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void gradientDescentTracksTheFlowWithErrorProportionalToEta(Coordinates coords) {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), coords);
    double time = coords == Coordinates.NETWORK ? 0.4 : 1.0;
    TrainResult exact = flow(p, TrainMethod.Flow.withDefaults().withTolerances(1e-12, 1e-14),
        time);
    assertThat(exact.events()).isEmpty();
    double[] err = new double[4];
    for (int k = 0; k < err.length; k++) {
      err[k] = maxDiff(gd(p, 0.02 / (1 << k), time), exact.last().theta());
    }
    for (int k = 1; k < err.length; k++) {
      assertThat(err[k - 1] / err[k]).isBetween(1.9, 2.1);
    }
  }

  /** Through crossings and Filippov pins GD still converges to the flow, at first order. */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void gradientDescentConvergesToTheFlowThroughCrossingsAndPins(Coordinates coords) {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), coords);
    TrainResult exact = flow(p, TrainMethod.Flow.withDefaults().withTolerances(1e-12, 1e-14), 5);
    assertThat(exact.events()).extracting(FlowEvent::kind).contains(FlowEvent.Kind.PIN);
    double e1 = maxDiff(gd(p, 0.01, 5), exact.last().theta());
    double e8 = maxDiff(gd(p, 0.00125, 5), exact.last().theta());
    assertThat(e1).isLessThan(0.2 * 0.01);
    assertThat(e8).isLessThan(0.2 * 0.00125).isLessThan(e1 / 3);
  }

  /** With every neuron dead only c moves: ċ = −(c − ȳ), so c(t) = ȳ + (c₀ − ȳ)e^{−t}. */
  @Test
  void withEveryNeuronDeadTheFlowIsTheExponentialDecayOfTheOffset() {
    NetworkParams dead = new NetworkParams(new double[] {1.0, -2.0}, new double[] {-1.5, -3.0},
        new double[] {0.7, -0.4}, 2.0);
    double mean = 0;
    for (int k = 0; k < DATA.size(); k++) {
      mean += DATA.y(k) / DATA.size();
    }
    for (Coordinates coords : Coordinates.values()) {
      ShallowProblem p = ShallowProblem.of(DATA, dead, coords);
      TrainResult r = flow(p, 3.0, TrainingListener.none());
      double[] th = r.last().theta();
      assertThat(th[th.length - 1]).isCloseTo(mean + (2.0 - mean) * Math.exp(-3.0),
          within(1e-10));
      assertThat(r.events()).isEmpty();
      double[] start = p.initialTheta();
      for (int q = 0; q < th.length - 1; q++) {
        assertThat(th[q]).isEqualTo(start[q]);
      }
    }
  }

  /**
   * Lazy limit (notes S13, §6): with (w, b, v) = (αw₀, αb₀, u/α) the knots move at rate O(1/α²), so
   * the flow of (u, c) = (αv, c) approaches the linear ODE ż = −D Aᵀ(Az − y)/N with A = [relu(w₀x +
   * b₀) | 1] and D = diag(α², …, α², 1), solved in closed form through the eigenvectors of
   * K = A D Aᵀ/N; the discrepancy must shrink like 1/α².
   */
  @Test
  void theLazyLimitApproachesTheFrozenKnotLinearFlowAtRateOneOverAlphaSquared() {
    double[] x = {-1, -0.6, -0.2, 0.2, 0.6, 1};
    double[] y = {0.3, -0.2, 0.5, 0.1, -0.4, 0.2};
    Dataset data = new Dataset(x, y);
    // two well-separated knots inside the hull: the frozen-knot design [features | 1] is
    // well conditioned, so every direction of the linear flow is fast once α is large
    double[] beta = {-0.4, 0.4};
    int[] s = {1, -1};
    double[] u0 = {0.4, -0.3};
    double time = 1.0;
    double[] gap = new double[3];
    for (int a = 0; a < gap.length; a++) {
      double alpha = 16 << a;
      int h = beta.length;
      double[] w = new double[h];
      double[] b = new double[h];
      double[] v = new double[h];
      for (int i = 0; i < h; i++) {
        w[i] = alpha * s[i];
        b[i] = -alpha * s[i] * beta[i];
        v[i] = u0[i] / alpha;
      }
      ShallowProblem p = ShallowProblem.of(data, new NetworkParams(w, b, v, 0.0),
          Coordinates.NETWORK);
      TrainResult r = flow(p, TrainMethod.Flow.withDefaults().withTolerances(1e-12, 1e-15), time);
      assertThat(r.events()).isEmpty();
      double[] th = r.last().theta();
      double[] z = new double[h + 1];
      for (int i = 0; i < h; i++) {
        z[i] = alpha * th[2 * h + i];
      }
      z[h] = th[3 * h];
      double[] zLin = frozenKnotFlow(x, y, beta, s, u0, alpha, time);
      gap[a] = maxDiff(z, zLin);
    }
    assertThat(gap[0] / gap[1]).isBetween(3.3, 4.5);
    assertThat(gap[1] / gap[2]).isBetween(3.3, 4.5);
    assertThat(gap[2]).isLessThan(1e-7);
  }

  private static double[] frozenKnotFlow(double[] x, double[] y, double[] beta, int[] s,
      double[] u0, double alpha, double time) {
    int n = x.length;
    int h = beta.length;
    double[][] a = new double[n][h + 1];
    double[] d = new double[h + 1];
    for (int i = 0; i < h; i++) {
      d[i] = alpha * alpha;
    }
    d[h] = 1.0;
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < h; i++) {
        a[k][i] = Math.max(0, s[i] * (x[k] - beta[i]));
      }
      a[k][h] = 1.0;
    }
    double[] z0 = new double[h + 1];
    System.arraycopy(u0, 0, z0, 0, h);
    double[] r0 = new double[n];
    for (int k = 0; k < n; k++) {
      for (int q = 0; q <= h; q++) {
        r0[k] += a[k][q] * z0[q];
      }
      r0[k] -= y[k];
    }
    double[][] kk = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int l = 0; l < n; l++) {
        for (int q = 0; q <= h; q++) {
          kk[k][l] += a[k][q] * d[q] * a[l][q] / n;
        }
      }
    }
    for (int k = 0; k < n; k++) {
      for (int l = 0; l < k; l++) {
        kk[l][k] = kk[k][l];
      }
    }
    SymmetricEigen eig = SymmetricEigen.full(kk);
    // integral of r(t) from 0 to T: sum_m (1 - e^{-lambda T})/lambda (e_m . r0) e_m
    double[] integral = new double[n];
    for (int m = 0; m < n; m++) {
      double lambda = eig.eigenvalues()[m];
      double[] e = eig.eigenvectors()[m];
      double proj = 0;
      for (int k = 0; k < n; k++) {
        proj += e[k] * r0[k];
      }
      double factor = lambda > 1e-12 ? -Math.expm1(-lambda * time) / lambda : time;
      for (int k = 0; k < n; k++) {
        integral[k] += factor * proj * e[k];
      }
    }
    double[] z = z0.clone();
    for (int q = 0; q <= h; q++) {
      double atr = 0;
      for (int k = 0; k < n; k++) {
        atr += a[k][q] * integral[k];
      }
      z[q] -= d[q] * atr / n;
    }
    return z;
  }

  /** δᵢ = wᵢ² + bᵢ² − vᵢ² is conserved by the flow, through crossings and pins, to the tolerance. */
  @Test
  void theBalanceIsConservedToTheTolerance() {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), Coordinates.NETWORK);
    TrainResult loose = flow(p, TrainMethod.Flow.withDefaults().withTolerances(1e-6, 1e-8), 20);
    TrainResult tight = flow(p, TrainMethod.Flow.withDefaults().withTolerances(1e-11, 1e-13), 20);
    assertThat(tight.events()).extracting(FlowEvent::kind).contains(FlowEvent.Kind.PIN);
    assertThat(tight.balanceDrift()).isLessThan(1e-9).isLessThan(loose.balanceDrift() / 100);
    assertThat(loose.balanceDrift()).isLessThan(1e-3);
  }

  /** Event times against bisection on a dense fixed-step RK4 trajectory (independent reference). */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void eventsAreLocatedToTheToleranceAgainstBisectionOnADenseTrajectory(Coordinates coords) {
    NetworkParams net = coords == Coordinates.NETWORK ? Nets.wiggly(6, 10) : Nets.wiggly(17, 10);
    ShallowProblem p = ShallowProblem.of(DATA, net, coords);
    ReferenceFlow ref = new ReferenceFlow(p);
    double[] refEnd = ref.run(p.initialTheta(), 3.0, 1e-3);
    TrainResult r = flow(p, 3.0, TrainingListener.none());
    assertThat(r.events()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(key(r.events())).isEqualTo(key(ref.events));
    for (int k = 0; k < r.events().size(); k++) {
      assertThat(r.events().get(k).time()).isCloseTo(ref.events.get(k).time(), within(1e-8));
    }
    assertThat(maxDiff(r.last().theta(), refEnd)).isLessThan(1e-8);
    // a looser integration places the events less precisely, but within its own tolerance scale
    TrainResult loose = flow(p, TrainMethod.Flow.withDefaults().withTolerances(1e-6, 1e-8), 3.0);
    assertThat(key(loose.events())).isEqualTo(key(ref.events));
    for (int k = 0; k < loose.events().size(); k++) {
      assertThat(loose.events().get(k).time()).isCloseTo(ref.events.get(k).time(),
          within(1e-4));
    }
  }

  private static List<String> key(List<FlowEvent> events) {
    return events.stream().map(e -> e.neuron() + "/" + e.dataIndex() + "/" + e.kind())
        .collect(Collectors.toList());
  }

  /**
   * An all-active neuron whose w is driven through 0: its knot passes through ±∞, the orientation
   * flips, and no data point changes side.
   */
  @Test
  void anOrientationFlipIsLoggedWhereWCrossesZero() {
    Dataset data = new Dataset(new double[] {1, 2}, new double[] {2, 0});
    NetworkParams net = new NetworkParams(new double[] {0.1}, new double[] {1.0},
        new double[] {1.0}, 0.0);
    ShallowProblem p = ShallowProblem.of(data, net, Coordinates.NETWORK);
    ReferenceFlow ref = new ReferenceFlow(p);
    ref.run(p.initialTheta(), 0.3, 1e-4);
    TrainResult r = flow(p, 0.3, TrainingListener.none());
    assertThat(key(r.events())).containsExactly("0/-1/FLIP");
    assertThat(key(ref.events)).containsExactly("0/-1/FLIP");
    assertThat(r.events().get(0).time()).isCloseTo(ref.events.get(0).time(), within(1e-9));
    assertThat(r.last().theta()[0]).isNegative();
  }

  /**
   * A knot trapped at a data point (both one-sided fields push it there) is held exactly on the
   * point: one PIN and one RELEASE, no chattering, the knot within rounding of the point meanwhile.
   */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void aTrappedKnotSlidesOnItsDataPointWithoutChattering(Coordinates coords) {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), coords);
    Recording rec = new Recording();
    Trainer.run(p, TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.time(20))
        .withSnapshots(SnapshotSchedule.uniform(Unit.TIME, 20, 2001)), rec);
    List<FlowEvent> pins = rec.events.stream().filter(e -> e.kind() == FlowEvent.Kind.PIN)
        .collect(Collectors.toList());
    assertThat(pins).isNotEmpty();
    assertThat(rec.events.size()).isLessThan(20);
    for (FlowEvent pin : pins) {
      double end = rec.events.stream().filter(e -> e.neuron() == pin.neuron()
          && e.time() > pin.time() && e.kind().name().startsWith("RELEASE"))
          .mapToDouble(FlowEvent::time).findFirst().orElse(20.0);
      double xk = DATA.x(pin.dataIndex());
      int held = 0;
      for (Snapshot snap : rec.snapshots) {
        if (snap.time() > pin.time() && snap.time() < end) {
          SplineParams sp = p.spline(snap.theta());
          assertThat(sp.beta(pin.neuron())).isCloseTo(xk, within(1e-12));
          held++;
        }
      }
      assertThat(held).isPositive();
    }
  }

  /** Zero biases put every knot at 0, which is a data point here: resolved at t = 0, no hang. */
  @Test
  void knotsStartingOnADataPointAreResolvedAtTimeZero() {
    Dataset data = new Dataset(new double[] {-1, -0.5, 0, 0.5, 1},
        new double[] {1, 0.2, -0.3, 0.4, 0.9});
    NetworkParams net = new NetworkParams(new double[] {1.2, -0.8, 0.5, -1.5},
        new double[] {0, 0, 0, 0}, new double[] {0.9, 1.1, -0.7, 0.6}, 0.0);
    ShallowProblem p = ShallowProblem.of(data, net, Coordinates.NETWORK);
    TrainResult r = flow(p, 4.0, TrainingListener.none());
    assertThat(r.reason()).isEqualTo(StopReason.TIME_BUDGET);
    assertThat(r.events()).isNotEmpty();
    assertThat(r.events().get(0).time()).isZero();
    double e1 = maxDiff(gd(p, 0.008, 4.0), r.last().theta());
    double e4 = maxDiff(gd(p, 0.002, 4.0), r.last().theta());
    assertThat(e4).isLessThan(e1 / 2.5);
  }

  @Test
  void duplicateInputsGiveOneEventPerDataPoint() {
    Dataset data = new Dataset(new double[] {-1, 0.2, 0.2, 1}, new double[] {0, 1, 0.6, 0.2});
    NetworkParams net = new NetworkParams(new double[] {1.0}, new double[] {0.1},
        new double[] {-1.5}, 0.3);
    ShallowProblem p = ShallowProblem.of(data, net, Coordinates.SPLINE);
    TrainResult r = flow(p, 5.0, TrainingListener.none());
    List<FlowEvent> at = r.events().stream()
        .filter(e -> e.dataIndex() == 1 || e.dataIndex() == 2).collect(Collectors.toList());
    assertThat(at).isNotEmpty();
    assertThat(at.size() % 2).isZero();
    for (int k = 0; k < at.size(); k += 2) {
      assertThat(at.get(k).time()).isEqualTo(at.get(k + 1).time());
      assertThat(at.get(k).kind()).isEqualTo(at.get(k + 1).kind());
      assertThat(List.of(at.get(k).dataIndex(), at.get(k + 1).dataIndex()))
          .containsExactlyInAnyOrder(1, 2);
    }
  }

  @Test
  void theLossThresholdIsLocatedInsideAStep() {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), Coordinates.NETWORK);
    double l0 = p.objective().value(p.initialTheta());
    double target = 0.6 * l0;
    TrainResult r = Trainer.run(p, TrainSpec.of(TrainMethod.Flow.withDefaults(),
        StopCriteria.time(100).withLossThreshold(target)), TrainingListener.none());
    assertThat(r.reason()).isEqualTo(StopReason.LOSS_THRESHOLD);
    assertThat(r.last().loss()).isCloseTo(target, within(1e-10 * target));
    assertThat(p.objective().value(r.last().theta())).isCloseTo(target, within(1e-10 * target));
  }

  @Test
  void theEventCapEndsTheRun() {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(6, 10), Coordinates.NETWORK);
    TrainResult r = flow(p, TrainMethod.Flow.withDefaults().withMaxEvents(3), 3.0);
    assertThat(r.reason()).isEqualTo(StopReason.EVENT_LIMIT);
    assertThat(r.message()).contains("maximum of 3");
    assertThat(r.events().stream().filter(e -> e.kind() == FlowEvent.Kind.LEAVE)).hasSize(3);
  }

  /** Snapshots come from the dense output; each matches a separate run stopped at its time. */
  @Test
  void snapshotsMatchRunsStoppedAtTheirTimes() {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), Coordinates.NETWORK);
    Recording rec = new Recording();
    Trainer.run(p, TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.time(3))
        .withSnapshots(SnapshotSchedule.at(Unit.TIME, 0, 0.3, 1.234, 2.5)), rec);
    assertThat(rec.snapshots).extracting(Snapshot::time).containsExactly(0.0, 0.3, 1.234, 2.5, 3.0);
    for (Snapshot snap : rec.snapshots.subList(1, 4)) {
      TrainResult direct = flow(p, snap.time(), TrainingListener.none());
      assertThat(maxDiff(snap.theta(), direct.last().theta())).isLessThan(1e-9);
      assertThat(snap.loss()).isCloseTo(p.objective().value(snap.theta()), within(1e-14));
    }
  }

  /** Same problem, same spec: same bytes; resuming from any checkpoint replays the rest exactly. */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void resumingFromACheckpointReplaysTheUninterruptedFlow(Coordinates coords) {
    ShallowProblem p = ShallowProblem.of(DATA, Nets.wiggly(1, 6), coords);
    TrainSpec s = TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.time(30))
        .withSnapshots(SnapshotSchedule.uniform(Unit.TIME, 30, 61)).withCheckpointEvery(25)
        .withProgressEvery(3);
    Recording full = new Recording();
    Recording again = new Recording();
    Trainer.run(p, s, full);
    Trainer.run(p, s, again);
    assertThat(again.all).isEqualTo(full.all);
    assertThat(full.checkpoints).hasSizeGreaterThan(2);
    for (Checkpoint c : full.checkpoints) {
      Recording tail = new Recording();
      Trainer.resume(p, s, c, tail);
      assertThat(tail.all).isEqualTo(full.after(c));
    }
  }
}
