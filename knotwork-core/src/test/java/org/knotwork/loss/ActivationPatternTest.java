package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;

class ActivationPatternTest {

  private static Dataset randomData(Rng rng, int n) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = rng.uniform(-2, 2);
      y[k] = rng.gaussian();
    }
    return new Dataset(x, y);
  }

  private static NetworkParams randomNet(Rng rng, int h) {
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      w[i] = rng.gaussian();
      b[i] = rng.gaussian();
      v[i] = rng.gaussian();
    }
    return new NetworkParams(w, b, v, rng.gaussian());
  }

  private static ActivationPattern randomPattern(Rng rng, int h) {
    double[] t = new double[h];
    int[] s = new int[h];
    for (int i = 0; i < h; i++) {
      int kind = rng.nextInt(5);
      t[i] = kind == 0 ? Double.NEGATIVE_INFINITY : kind == 1 ? Double.POSITIVE_INFINITY
          : rng.uniform(-2.5, 2.5);
      s[i] = rng.sign();
    }
    return new ActivationPattern(t, s);
  }

  /** O(N H) reference: f, residuals and J^T r with the prescribed activations, from S1/S7. */
  private static double[] referenceGradient(Dataset d, NetworkParams p, ActivationPattern a,
      double weight, double[] lossOut) {
    int h = p.width();
    double[] g = new double[3 * h + 1];
    double loss = 0;
    for (int n = 0; n < d.size(); n++) {
      double x = d.x(n);
      double f = p.c();
      for (int i = 0; i < h; i++) {
        if (a.isActive(i, x)) {
          f += p.v(i) * (p.w(i) * x + p.b(i));
        }
      }
      double r = f - d.y(n);
      loss += 0.5 * weight * r * r;
      for (int i = 0; i < h; i++) {
        if (a.isActive(i, x)) {
          g[i] += weight * r * p.v(i) * x;
          g[h + i] += weight * r * p.v(i);
          g[2 * h + i] += weight * r * (p.w(i) * x + p.b(i));
        }
      }
      g[3 * h] += weight * r;
    }
    lossOut[0] = loss;
    return g;
  }

  private static double[] referenceGradient(Dataset d, SplineParams p, ActivationPattern a,
      double weight, double[] lossOut) {
    int h = p.width();
    double[] g = new double[2 * h + 1];
    double loss = 0;
    for (int n = 0; n < d.size(); n++) {
      double x = d.x(n);
      double f = p.c();
      for (int i = 0; i < h; i++) {
        if (a.isActive(i, x)) {
          f += p.mu(i) * p.orientation(i) * (x - p.beta(i));
        }
      }
      double r = f - d.y(n);
      loss += 0.5 * weight * r * r;
      for (int i = 0; i < h; i++) {
        if (a.isActive(i, x)) {
          int s = p.orientation(i);
          g[i] += weight * r * (-s * p.mu(i));
          g[h + i] += weight * r * s * (x - p.beta(i));
        }
      }
      g[2 * h] += weight * r;
    }
    lossOut[0] = loss;
    return g;
  }

  @Test
  void networkEvaluationUnderAPatternMatchesTheDirectSum() {
    Rng rng = Rng.of(11, "test");
    for (int trial = 0; trial < 20; trial++) {
      Dataset d = randomData(rng, 3 + rng.nextInt(30));
      NetworkParams p = randomNet(rng, 1 + rng.nextInt(8));
      ActivationPattern a = randomPattern(rng, p.width());
      SweepLoss loss = SweepLoss.of(d);
      SweepLoss.Evaluation e = loss.evaluate(p, a);
      double[] l = new double[1];
      double[] g = referenceGradient(d, p, a, 1.0 / d.size(), l);
      assertThat(e.loss()).isCloseTo(l[0], within(1e-12 * (1 + l[0])));
      for (int k = 0; k < g.length; k++) {
        assertThat(e.gradient()[k]).isCloseTo(g[k], within(1e-11 * (1 + Math.abs(g[k]))));
      }
    }
  }

  @Test
  void splineEvaluationUnderAPatternMatchesTheDirectSum() {
    Rng rng = Rng.of(12, "test");
    for (int trial = 0; trial < 20; trial++) {
      Dataset d = randomData(rng, 3 + rng.nextInt(30));
      SplineParams p = randomNet(rng, 1 + rng.nextInt(8)).toSpline();
      ActivationPattern a = randomPattern(rng, p.width());
      SweepLoss loss = SweepLoss.of(d, LossNormalization.SUM);
      SweepLoss.Evaluation e = loss.evaluate(p, a);
      double[] l = new double[1];
      double[] g = referenceGradient(d, p, a, 1.0, l);
      assertThat(e.loss()).isCloseTo(l[0], within(1e-11 * (1 + l[0])));
      for (int k = 0; k < g.length; k++) {
        assertThat(e.gradient()[k]).isCloseTo(g[k], within(1e-10 * (1 + Math.abs(g[k]))));
      }
    }
  }

  @Test
  void theParametersOwnPatternReproducesThePlainEvaluation() {
    Rng rng = Rng.of(13, "test");
    Dataset d = randomData(rng, 25);
    NetworkParams p = randomNet(rng, 6);
    SplineParams sp = p.toSpline();
    int h = p.width();
    double[] t = new double[h];
    int[] s = new int[h];
    for (int i = 0; i < h; i++) {
      t[i] = sp.beta(i);
      s[i] = sp.orientation(i);
    }
    SweepLoss loss = SweepLoss.of(d);
    SweepLoss.Evaluation plain = loss.evaluate(p);
    SweepLoss.Evaluation gated = loss.evaluate(p, new ActivationPattern(t, s));
    assertThat(gated.loss()).isCloseTo(plain.loss(), within(1e-14));
    for (int k = 0; k < plain.gradient().length; k++) {
      assertThat(gated.gradient()[k]).isCloseTo(plain.gradient()[k], within(1e-13));
    }
  }

  @Test
  void badPatternsAreRejectedWithTheFieldNamed() {
    assertThatThrownBy(() -> new ActivationPattern(new double[] {0}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("side[0]");
    assertThatThrownBy(() -> new ActivationPattern(new double[] {Double.NaN}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold[0]");
    assertThatThrownBy(() -> new ActivationPattern(new double[] {0, 1}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("side has 1");
    SweepLoss loss = SweepLoss.of(Dataset.wiggly8());
    NetworkParams p = new NetworkParams(new double[] {1, 2}, new double[] {0, 0},
        new double[] {1, 1}, 0);
    assertThatThrownBy(() -> loss.evaluate(p, new ActivationPattern(new double[] {0},
        new int[] {1}))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pattern has 1 neurons");
  }
}
