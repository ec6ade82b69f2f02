package org.knotwork.multivariate.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.multivariate.loss.NaiveLoss2D;
import org.knotwork.multivariate.net.RandomNets;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * Check 8 of docs/multivariate-deep.md: the balances &delta;<sub>i</sub> are conserved by the
 * exact gradient flow in d = 2 (drift below 1e-8 relative at tight tolerances, while the flow moves
 * the parameters by O(1)), and each gradient-descent step changes them by exactly (M2).
 */
class BalanceTest {

  static double[][] points(Rng rng, int n) {
    double[][] x = new double[n][];
    for (int j = 0; j < n; j++) {
      x[j] = RandomNets.point(rng, 2, 1.0);
    }
    return x;
  }

  static double[] targets(double[][] x) {
    double[] y = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      y[j] = Math.sin(2 * x[j][0]) * Math.cos(x[j][1]);
    }
    return y;
  }

  static NaiveLoss2D data(Rng rng, int n) {
    double[][] x = points(rng, n);
    return new NaiveLoss2D(x, targets(x));
  }

  @Test
  void theFlowConservesEveryBalanceAcrossHyperplaneCrossings() {
    int events = 0;
    for (int seed = 0; seed < 3; seed++) {
      events += conserved(seed);
    }
    assertThat(events).as("data points crossed hyperplanes along the flows").isPositive();
  }

  /** Flows one problem, checks its balances, returns the number of crossings. */
  private static int conserved(int seed) {
    Rng rng = Rng.of(seed, "flow");
    double[][] x = points(rng.split("data"), 25);
    NaiveLoss2D loss = new NaiveLoss2D(x, targets(x));
    ShallowNet start = RandomNets.shallow(rng.split("net"), 6, 2, 0.0);
    GradientFlow flow = new GradientFlow(x, targets(x), 1e-12, 1e-14);
    // the mode field at the start is the true negative gradient
    boolean[][] mode = new boolean[6][25];
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 25; j++) {
        mode[i][j] = start.preActivation(i, x[j]) > 0;
      }
    }
    double[] field = flow.negativeModeGradient(start.toVector(), 6, mode);
    double[] g = loss.gradient(start);
    for (int k = 0; k < g.length; k++) {
      assertThat(field[k]).isCloseTo(-g[k], org.assertj.core.data.Offset.offset(1e-14));
    }
    ShallowNet end = flow.flow(start, 2.0);
    int events = flow.events();
    double[] d0 = start.balance();
    double[] d1 = end.balance();
    double moved = RandomNets.maxDiff(start.toVector(), end.toVector());
    double lossDrop = loss.loss(start) - loss.loss(end);
    assertThat(moved).as("the flow moves the parameters").isGreaterThan(1e-2);
    assertThat(lossDrop).isPositive();
    double s = Math.max(1, RandomNets.maxAbs(d0));
    for (int i = 0; i < d0.length; i++) {
      assertThat(Math.abs(d1[i] - d0[i])).as("unit %d", i).isLessThan(1e-8 * s);
    }
    // a loose tolerance shows the check can fail: its drift is much larger
    ShallowNet loose = new GradientFlow(x, targets(x), 1e-3, 1e-3).flow(start, 2.0);
    double looseDrift = RandomNets.maxDiff(loose.balance(), d0);
    double tightDrift = RandomNets.maxDiff(d1, d0);
    assertThat(looseDrift).isGreaterThan(tightDrift);
    return events;
  }

  @Test
  void eachDescentStepChangesTheBalancesByTheExactDrift() {
    Rng rng = Rng.of(4, "gd");
    NaiveLoss2D loss = data(rng.split("data"), 40);
    ShallowNet net = RandomNets.shallow(rng.split("net"), 8, 2, 0.0);
    GradientDescent gd = new GradientDescent(loss, 0.05);
    double worst = 0;
    double totalDrift = 0;
    for (int t = 0; t < 200; t++) {
      double[] predicted = gd.balanceDrift(net);
      ShallowNet next = gd.step(net);
      double[] before = net.balance();
      double[] after = next.balance();
      double s = 1 + RandomNets.maxAbs(before);
      for (int i = 0; i < before.length; i++) {
        double actual = after[i] - before[i];
        worst = Math.max(worst, Math.abs(actual - predicted[i]) / s);
        totalDrift += Math.abs(actual);
      }
      net = next;
    }
    assertThat(totalDrift).as("steps do drift").isGreaterThan(1e-8);
    assertThat(worst).isLessThan(1e-13);
  }
}
