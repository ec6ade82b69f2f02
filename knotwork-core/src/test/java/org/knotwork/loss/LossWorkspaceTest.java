package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;
import org.knotwork.testing.RandomProblems;

/**
 * The allocation-free workspace with incremental cuts: bit-identical to a fresh evaluation along
 * gradient-descent paths (small knot moves) and random jumps (large moves, sign flips of w), close to
 * the O(N&middot;H) reference, and its building blocks (galloping search, the boxing-free stable sort,
 * reused Hessian-product buffers) against plain implementations.
 */
class LossWorkspaceTest {

  /** Data on a coarse grid with duplicates, so that knots also land exactly on data points. */
  static Dataset gridData(Rng rng, int n) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = Math.round(rng.uniform(-2, 2) * 8) / 8.0;
      y[k] = rng.gaussian();
    }
    return new Dataset(x, y);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void networkWorkspaceIsBitIdenticalAlongDescentAndJumps(int seed) {
    Rng rng = Rng.of(seed, "workspace/nn");
    Dataset d = seed % 2 == 0 ? gridData(rng, 60) : RandomProblems.data(rng, 60, -2, 2);
    int h = 25;
    SweepLoss loss = SweepLoss.of(d);
    ShallowObjective obj = ShallowObjective.network(loss, h);
    LossWorkspace ws = obj.workspace();
    NaiveLoss ref = new NaiveLoss(d, LossNormalization.MEAN);
    double[] theta = RandomProblems.network(rng, h, 2, 0.1).toVector();
    double[] g = new double[obj.dimension()];
    double[] gFresh = new double[obj.dimension()];
    for (int step = 0; step < 60; step++) {
      if (step % 15 == 14) { // a jump: knots move far, some w change sign or become 0
        theta = RandomProblems.network(rng, h, 2, 0.1).toVector();
      }
      if (step % 15 == 14) { // some neurons without a knot (w = 0, either sign of b), signed zeros
        theta[rng.nextInt(h)] = 0.0;
        theta[rng.nextInt(h)] = -0.0;
        theta[h + rng.nextInt(h)] = -0.0;
        theta[2 * h + rng.nextInt(h)] = -0.0;
      }
      double value = ws.valueAndGradient(theta, g);
      assertThat(value).isEqualTo(obj.valueAndGradient(theta, gFresh));
      assertThat(g).containsExactly(gFresh);
      assertThat(ws.value(theta)).isEqualTo(value);
      NetworkParams p = NetworkParams.fromVector(theta);
      // the fused network sweeps against the unfused engine (ActiveIntervals, AffineBuckets,
      // IntervalSums, jacobianTranspose): the same operations in the same order, so the same bits
      SweepLoss.Evaluation unfused = loss.evaluate(p);
      assertThat(Double.doubleToRawLongBits(value))
          .isEqualTo(Double.doubleToRawLongBits(unfused.loss()));
      for (int k = 0; k < g.length; k++) {
        assertThat(Double.doubleToRawLongBits(g[k])).as("gradient[%d]", k)
            .isEqualTo(Double.doubleToRawLongBits(unfused.gradient()[k]));
      }
      assertThat(Math.abs(value - ref.loss(p))).isLessThan(1e-12 * (1 + ref.loss(p)));
      assertThat(RandomProblems.relErr(g, ref.gradient(p))).isLessThan(1e-10);
      step(theta, g);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void splineWorkspaceIsBitIdenticalAlongDescentAndJumps(int seed) {
    Rng rng = Rng.of(seed, "workspace/spline");
    Dataset d = seed % 2 == 0 ? gridData(rng, 50) : RandomProblems.data(rng, 50, -2, 2);
    int h = 20;
    SplineParams sp = RandomProblems.network(rng, h, 2, 0.15).toSpline();
    SweepLoss loss = SweepLoss.of(d);
    ShallowObjective obj = ShallowObjective.spline(loss, sp.orientation());
    LossWorkspace ws = obj.workspace();
    NaiveLoss ref = new NaiveLoss(d, LossNormalization.MEAN);
    double[] theta = sp.toVector();
    double[] g = new double[obj.dimension()];
    double[] gFresh = new double[obj.dimension()];
    for (int step = 0; step < 45; step++) {
      if (step % 15 == 14) {
        for (int i = 0; i < h; i++) {
          theta[i] = Math.round(rng.uniform(-3, 3) * 8) / 8.0; // knots far away, some on data
        }
      }
      double value = ws.valueAndGradient(theta, g);
      assertThat(value).isEqualTo(obj.valueAndGradient(theta, gFresh));
      assertThat(g).containsExactly(gFresh);
      SplineParams p = SplineParams.fromVector(theta, sp.orientation());
      assertThat(RandomProblems.relErr(g, ref.gradient(p))).isLessThan(1e-10);
      step(theta, g);
    }
  }

  /** A descent step of length at most 0.02 per coordinate: knots move a little. */
  static void step(double[] theta, double[] g) {
    double gMax = 1;
    for (double gk : g) {
      gMax = Math.max(gMax, Math.abs(gk));
    }
    for (int k = 0; k < theta.length; k++) {
      theta[k] -= 0.02 * g[k] / gMax;
    }
  }

  @Test
  void badInputNamesTheField() {
    Rng rng = Rng.of(9, "workspace/bad");
    SweepLoss loss = SweepLoss.of(RandomProblems.data(rng, 10, -1, 1));
    LossWorkspace ws = ShallowObjective.network(loss, 3).workspace();
    double[] g = new double[10];
    assertThatThrownBy(() -> ws.valueAndGradient(new double[7], g))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("theta")
        .hasMessageContaining("10");
    double[] theta = new double[10];
    theta[4] = Double.NaN;
    assertThatThrownBy(() -> ws.valueAndGradient(theta, g))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("theta[4]");
    assertThatThrownBy(() -> ws.valueAndGradient(new double[10], new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradient");
  }

  /**
   * A rejected vector (the first non-finite entry is named, as before) leaves the workspace usable:
   * the next evaluation equals a fresh one bit for bit.
   */
  @Test
  void aRejectedVectorLeavesTheWorkspaceExact() {
    Rng rng = Rng.of(10, "workspace/reject");
    Dataset d = gridData(rng, 40);
    SweepLoss loss = SweepLoss.of(d);
    ShallowObjective obj = ShallowObjective.network(loss, 7);
    LossWorkspace ws = obj.workspace();
    double[] theta = RandomProblems.network(rng, 7, 2, 0.1).toVector();
    double[] g = new double[theta.length];
    double[] gFresh = new double[theta.length];
    ws.valueAndGradient(theta, g);
    double[] bad = theta.clone();
    bad[3] *= 1.5; // moves a knot: the rejected call has already placed some pieces
    bad[16] = Double.POSITIVE_INFINITY;
    bad[9] = Double.NaN;
    assertThatThrownBy(() -> ws.valueAndGradient(bad, g))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("theta[9]");
    bad[9] = 0.5;
    bad[16] = 0.25;
    assertThat(ws.valueAndGradient(bad, g)).isEqualTo(obj.valueAndGradient(bad, gFresh));
    assertThat(g).containsExactly(gFresh);
    assertThat(ws.valueAndGradient(theta, g)).isEqualTo(obj.valueAndGradient(theta, gFresh));
    assertThat(g).containsExactly(gFresh);
  }

  @Test
  void gallopingSearchEqualsBinarySearchFromEveryHint() {
    Rng rng = Rng.of(11, "gallop");
    double[] x = new double[37];
    for (int k = 0; k < x.length; k++) {
      x[k] = Math.round(rng.uniform(-2, 2) * 4) / 4.0; // many duplicates
    }
    SortedPoints pts = new SortedPoints(x);
    for (int trial = 0; trial < 200; trial++) {
      double t = Math.round(rng.uniform(-2.5, 2.5) * 8) / 8.0;
      double w = trial % 3 == 0 ? -rng.uniform(0.1, 3) : rng.uniform(0.1, 3);
      int above = linearFirst(pts.xs, k -> pts.xs[k] > t);
      int atLeast = linearFirst(pts.xs, k -> pts.xs[k] >= t);
      int sw = linearFirst(pts.xs, k -> (w * pts.xs[k] + t > 0) == (w > 0));
      assertThat(pts.firstAbove(t)).isEqualTo(above);
      assertThat(pts.firstAtLeast(t)).isEqualTo(atLeast);
      assertThat(pts.firstSwitch(w, t)).isEqualTo(sw);
      for (int hint = -1; hint <= pts.n + 1; hint++) {
        assertThat(pts.firstTrueNear(SortedPoints.ABOVE, 0, t, hint)).isEqualTo(above);
        assertThat(pts.firstTrueNear(SortedPoints.AT_LEAST, 0, t, hint)).isEqualTo(atLeast);
        assertThat(pts.firstTrueNear(SortedPoints.SWITCH, w, t, hint)).isEqualTo(sw);
      }
    }
  }

  interface IndexTest {
    boolean at(int k);
  }

  static int linearFirst(double[] xs, IndexTest p) {
    for (int k = 0; k < xs.length; k++) {
      if (p.at(k)) {
        return k;
      }
    }
    return xs.length;
  }

  @Test
  void sortOrderIsTheStableOrderOfDoubleCompare() {
    Rng rng = Rng.of(12, "sort");
    double[] x = new double[300];
    for (int k = 0; k < x.length; k++) {
      x[k] = Math.round(rng.uniform(-3, 3) * 2) / 2.0;
    }
    x[5] = -0.0;
    x[6] = 0.0;
    x[7] = -0.0;
    Integer[] idx = new Integer[x.length];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = k;
    }
    Arrays.sort(idx, Comparator.comparingDouble(k -> x[k])); // stable merge sort
    SortedPoints pts = new SortedPoints(x);
    for (int k = 0; k < idx.length; k++) {
      assertThat(pts.order[k]).isEqualTo(idx[k]);
      assertThat(Double.doubleToRawLongBits(pts.xs[k]))
          .isEqualTo(Double.doubleToRawLongBits(x[idx[k]]));
    }
  }

  @Test
  void repeatedHessianProductsReuseBuffersWithoutChangingResults() {
    Rng rng = Rng.of(13, "hvp");
    Dataset d = gridData(rng, 40);
    NetworkParams net = RandomProblems.network(rng, 15, 2, 0.1);
    SweepLoss loss = SweepLoss.of(d);
    HessianOperator op = loss.hessianOperator(net);
    double[][] dense = new NaiveLoss(d, LossNormalization.MEAN).hessian(net);
    for (int trial = 0; trial < 5; trial++) {
      double[] u = new double[op.dimension()];
      for (int k = 0; k < u.length; k++) {
        u[k] = rng.gaussian();
      }
      double[] first = op.apply(u);
      assertThat(op.apply(u)).containsExactly(first);
      assertThat(loss.hessianOperator(net).apply(u)).containsExactly(first);
      double[] ref = new double[u.length];
      for (int k = 0; k < u.length; k++) {
        for (int l = 0; l < u.length; l++) {
          ref[k] += dense[k][l] * u[l];
        }
      }
      assertThat(RandomProblems.relErr(first, ref)).isLessThan(1e-10);
    }
  }
}
