package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.testing.RandomProblems;

/**
 * A knot exactly on a data point: both paths use relu'(0) = 0, and the derivatives they return are the
 * one-sided derivatives of the branch on which the point is inactive (package documentation).
 */
class KnotOnDataTest {
  // neuron 0: w = 2, b = -1 puts its knot exactly on x = 0.5; neuron 1 is generic
  static final Dataset DATA = new Dataset(new double[] {-0.3, 0.5, 0.9, 1.4},
      new double[] {0.2, -1.0, 0.7, 0.1});
  static final NetworkParams NET = new NetworkParams(new double[] {2, -1.3},
      new double[] {-1, 0.4}, new double[] {0.8, -0.6}, 0.05);

  @Test
  void contactIsReportedAndBothPathsAgree() {
    SweepLoss fast = SweepLoss.of(DATA);
    NaiveLoss ref = new NaiveLoss(DATA, LossNormalization.MEAN);
    List<KnotContact> contacts = fast.contacts(NET.toSpline(), 0.0);
    assertThat(contacts).containsExactly(new KnotContact(0, 1, 0.0));
    assertThat(RandomProblems.relErr(fast.gradient(NET), ref.gradient(NET))).isLessThan(1e-14);
    assertThat(RandomProblems.relErr(fast.hessian(NET), ref.hessian(NET))).isLessThan(1e-14);
    SplineParams sp = NET.toSpline();
    assertThat(RandomProblems.relErr(fast.gradient(sp), ref.gradient(sp))).isLessThan(1e-14);
    assertThat(RandomProblems.relErr(fast.hessian(sp), ref.hessian(sp))).isLessThan(1e-14);
  }

  @Test
  void networkGradientIsTheInactiveSideDerivative() {
    SweepLoss loss = SweepLoss.of(DATA);
    double[] g = loss.gradient(NET);
    double[] theta = NET.toVector();
    int h = NET.width();
    // w_0 and b_0: the point x = 0.5 is inactive when 0.5*dw + db <= 0, i.e. from below
    assertThat(g[0]).isCloseTo(oneSided(loss, theta, 0, -1), within(1e-7));
    assertThat(g[h]).isCloseTo(oneSided(loss, theta, h, -1), within(1e-7));
    // and it differs from the derivative from the active side
    assertThat(Math.abs(g[h] - oneSided(loss, theta, h, +1))).isGreaterThan(1e-3);
    // v_0, c and neuron 1 are smooth there: central differences
    for (int k : new int[] {1, h + 1, 2 * h, 2 * h + 1, 3 * h}) {
      assertThat(g[k]).isCloseTo(central(loss, theta, k), within(1e-7));
    }
  }

  @Test
  void splineGradientIsTheInactiveSideDerivative() {
    SweepLoss loss = SweepLoss.of(DATA);
    SplineParams sp = NET.toSpline();
    double[] g = loss.gradient(sp);
    double[] theta = sp.toVector();
    int[] s = sp.orientation();
    // s_0 = +1: the point stays inactive while the knot moves right
    double[] p1 = theta.clone();
    double[] p2 = theta.clone();
    double h = 1e-5;
    p1[0] += h;
    p2[0] += 2 * h;
    double l0 = loss.loss(sp);
    double fd = (-3 * l0 + 4 * loss.loss(SplineParams.fromVector(p1, s))
        - loss.loss(SplineParams.fromVector(p2, s))) / (2 * h);
    assertThat(g[0]).isCloseTo(fd, within(1e-8));
  }

  private static double oneSided(SweepLoss loss, double[] theta, int k, int dir) {
    double h = 1e-5 * dir;
    double[] p1 = theta.clone();
    double[] p2 = theta.clone();
    p1[k] += h;
    p2[k] += 2 * h;
    double l0 = loss.loss(NetworkParams.fromVector(theta));
    return (-3 * l0 + 4 * loss.loss(NetworkParams.fromVector(p1))
        - loss.loss(NetworkParams.fromVector(p2))) / (2 * h);
  }

  private static double central(SweepLoss loss, double[] theta, int k) {
    double h = 1e-6;
    double[] p = theta.clone();
    double[] m = theta.clone();
    p[k] += h;
    m[k] -= h;
    return (loss.loss(NetworkParams.fromVector(p)) - loss.loss(NetworkParams.fromVector(m)))
        / (2 * h);
  }
}
