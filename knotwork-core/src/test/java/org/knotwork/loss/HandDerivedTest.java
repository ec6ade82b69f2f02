package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * One- and two-neuron cases worked by hand (loss &frac12;&Sigma;r<sup>2</sup>); the three-neuron case
 * is fixture A in {@link FixturesTest}. Every number below was derived on paper from S1-S8, S17, S18.
 */
class HandDerivedTest {

  /**
   * x = (0, 1, 2), y = (1, 0, 1); one neuron w = 1, b = &minus;1/2, v = 2 (&beta; = 1/2, &mu; = 2,
   * s = +1), c = 0. f = (0, 1, 3), r = (&minus;1, 1, 2), L = 3; active points x = 1, 2, so S = 3,
   * X = 5, D = &Sigma;r(x &minus; &beta;)<sub>+</sub> = 3.5.
   */
  @Test
  void oneNeuron() {
    Dataset d = new Dataset(new double[] {0, 1, 2}, new double[] {1, 0, 1});
    NetworkParams net = new NetworkParams(new double[] {1}, new double[] {-0.5},
        new double[] {2}, 0);
    SplineParams sp = net.toSpline();
    for (LossEvaluator e : FixturesTest.paths(d)) {
      assertThat(e.loss(net)).isEqualTo(3.0);
      // S7: (vX, vS, |w|D, Σr)
      assertThat(e.gradient(net)).containsExactly(10, 6, 3.5, 2);
      // S8: (−sμS, D, Σr)
      assertThat(e.gradient(sp)).containsExactly(-6, 3.5, 2);
      // J columns on x = 0, 1, 2: w (0,2,4), b (0,2,2), v (0,.5,1.5), c (1,1,1);
      // residual term adds X = 5 at (v, w) and S = 3 at (v, b).
      assertMatrix(e.hessian(net), new double[][] {
          {20, 12, 12, 6},
          {12, 8, 7, 4},
          {12, 7, 2.5, 2},
          {6, 4, 2, 3}});
      // J columns: β (0,−2,−2), μ (0,.5,1.5), c; residual −sS = −3 at (β, μ).
      assertMatrix(e.hessian(sp), new double[][] {
          {8, -7, -4},
          {-7, 2.5, 2},
          {-4, 2, 3}});
    }
  }

  /**
   * x = (&minus;1, 0, 1), y = (0, 1, 0); neuron 1: w = 1, b = 1/2, v = 1 (&beta; = &minus;1/2, s = +1,
   * &mu; = 1); neuron 2: w = &minus;2, b = 1, v = 1/2 (&beta; = 1/2, s = &minus;1, &mu; = 1); c = 0.
   * f = (1.5, 1, 1.5), r = (1.5, 0, 1.5), L = 2.25; S<sub>1</sub> = 1.5, X<sub>1</sub> = 1.5,
   * S<sub>2</sub> = 1.5, X<sub>2</sub> = &minus;1.5.
   */
  @Test
  void twoNeuronsFacingEachOther() {
    Dataset d = new Dataset(new double[] {-1, 0, 1}, new double[] {0, 1, 0});
    NetworkParams net = new NetworkParams(new double[] {1, -2}, new double[] {0.5, 1},
        new double[] {1, 0.5}, 0);
    SplineParams sp = net.toSpline();
    assertThat(sp.beta()).containsExactly(-0.5, 0.5);
    assertThat(sp.mu()).containsExactly(1, 1);
    for (LossEvaluator e : FixturesTest.paths(d)) {
      assertThat(e.predict(net)).containsExactly(1.5, 1.0, 1.5);
      assertThat(e.loss(net)).isEqualTo(2.25);
      assertThat(e.gradient(net)).containsExactly(1.5, -0.75, 1.5, 0.75, 2.25, 4.5, 3);
      assertThat(e.gradient(sp)).containsExactly(-1.5, 1.5, 2.25, 2.25, 3);
      // order β1, β2, μ1, μ2, c
      assertMatrix(e.hessian(sp), new double[][] {
          {2, -1, -3.5, -0.5, -2},
          {-1, 2, 0.5, 3.5, 2},
          {-3.5, 0.5, 2.5, 0.25, 2},
          {-0.5, 3.5, 0.25, 2.5, 2},
          {-2, 2, 2, 2, 3}});
    }
  }

  /** A neuron whose knot lies left of all data but faces away is dead: all its derivatives vanish. */
  @Test
  void deadNeuronHasZeroRowsAndColumns() {
    Dataset d = new Dataset(new double[] {0, 1, 2}, new double[] {1, 0, 1});
    NetworkParams net = new NetworkParams(new double[] {1, -1}, new double[] {-0.5, -3},
        new double[] {2, 7}, 0);
    for (LossEvaluator e : FixturesTest.paths(d)) {
      double[] g = e.gradient(net);
      // exactly zero (either sign of zero)
      assertThat(new double[] {Math.abs(g[1]), Math.abs(g[3]), Math.abs(g[5])}).containsOnly(0.0);
      double[][] hess = e.hessian(net);
      for (int k = 0; k < 7; k++) {
        assertThat(Math.abs(hess[1][k])).isEqualTo(0.0);
        assertThat(Math.abs(hess[3][k])).isEqualTo(0.0);
        assertThat(Math.abs(hess[5][k])).isEqualTo(0.0);
      }
    }
  }

  static void assertMatrix(double[][] actual, double[][] expected) {
    assertThat(actual.length).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("row %d", i).containsExactly(expected[i], within(1e-13));
    }
  }
}
