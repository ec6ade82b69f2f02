package org.knotwork.multivariate.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.random.Rng;

/**
 * Check 2 of docs/multivariate-deep.md: across hyperplane i, &nabla;f jumps by
 * &mu;<sub>i</sub>n<sub>i</sub>, measured by finite differences taken entirely on one side of the
 * hyperplane.
 */
class GradientJumpTest {
  private static final double H = 1e-6;
  static double worst;

  static Stream<Integer> seeds() {
    return IntStream.range(0, 30).boxed();
  }

  /** &nabla;f at x by central differences of step H along the axes (stays on x's side). */
  private static double[] fdGradient(ShallowNet net, double[] x) {
    double[] g = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      double[] p = x.clone();
      double[] m = x.clone();
      p[k] += H;
      m[k] -= H;
      g[k] = (net.value(p) - net.value(m)) / (2 * H);
    }
    return g;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void gradientJumpsByMuTimesNormal(int seed) {
    Rng rng = Rng.of(seed, "jump");
    int d = 2 + seed % 2;
    ShallowNet net = RandomNets.shallow(rng, 2 + rng.nextInt(6), d, 0.0);
    HyperplaneNet q = net.toHyperplane();
    for (int i = 0; i < q.width(); i++) {
      double[] n = q.n(i);
      double[] p = null;
      for (int attempt = 0; attempt < 1000 && p == null; attempt++) {
        double[] x = RandomNets.point(rng, d, 3.0);
        double off = q.distance(i, x);
        for (int k = 0; k < d; k++) {
          x[k] -= off * n[k];
        }
        boolean clear = true;
        for (int l = 0; l < q.width(); l++) {
          clear &= l == i || Math.abs(q.distance(l, x)) > 1e-3;
        }
        p = clear ? x : null;
      }
      assertThat(p).as("a point on hyperplane %d away from the others", i).isNotNull();
      double[] plus = p.clone();
      double[] minus = p.clone();
      for (int k = 0; k < d; k++) {
        plus[k] += 2 * H * n[k];
        minus[k] -= 2 * H * n[k];
      }
      double[] gp = fdGradient(net, plus);
      double[] gm = fdGradient(net, minus);
      double[] expected = n.clone();
      double[] jump = new double[d];
      for (int k = 0; k < d; k++) {
        expected[k] *= q.mu(i);
        jump[k] = gp[k] - gm[k];
      }
      double scale = 1 + RandomNets.scale(net, p) / H * 1e-16;
      double err = RandomNets.maxDiff(jump, expected) / (1 + Math.abs(q.mu(i)));
      worst = Math.max(worst, err);
      assertThat(err).as("jump error, neuron %d", i).isLessThan(1e-6 * scale);
      // the library's gradient agrees with each one-sided limit
      assertThat(RandomNets.maxDiff(net.gradient(plus), gp)).isLessThan(1e-6 * scale);
      assertThat(RandomNets.maxDiff(q.gradient(minus), gm)).isLessThan(1e-6 * scale);
    }
  }

  @org.junit.jupiter.api.AfterAll
  static void report() {
    System.out.println("check 2: worst relative jump error " + worst);
  }
}
