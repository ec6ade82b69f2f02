package org.knotwork.multivariate.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.io.InputException;
import org.knotwork.common.random.Rng;

/**
 * Check 7 of docs/multivariate-deep.md: the reported knots of a two-hidden-layer univariate net
 * against a dense-grid forward pass (sign changes of every unit's pre-activation, slope jumps of
 * f), and the spline form against the network.
 */
class DeepKnotsTest {
  private static final double LO = -6;
  private static final double HI = 6;
  private static final int POINTS = 60_001;
  private static double worstValue;
  private static int maxKnots;

  static Stream<Integer> seeds() {
    return IntStream.range(0, 30).boxed();
  }

  static DeepUnivariate net(int seed) {
    Rng rng = Rng.of(seed, "deep");
    int h1 = 1 + rng.nextInt(8);
    int h2 = 1 + rng.nextInt(8);
    double[] w1 = new double[h1];
    double[] b1 = new double[h1];
    for (int i = 0; i < h1; i++) {
      w1[i] = rng.gaussian();
      b1[i] = 2 * rng.gaussian();
    }
    if (seed % 5 == 1) {
      w1[0] = 0; // a constant first-layer unit
    }
    if (seed % 5 == 2 && h1 > 1) {
      w1[1] = 2 * w1[0]; // two first-layer units with the same knot
      b1[1] = 2 * b1[0];
    }
    double[][] w2 = new double[h2][h1];
    double[] b2 = new double[h2];
    double[] v = new double[h2];
    for (int k = 0; k < h2; k++) {
      for (int i = 0; i < h1; i++) {
        w2[k][i] = rng.gaussian() / Math.sqrt(h1);
      }
      b2[k] = rng.gaussian();
      v[k] = rng.gaussian();
    }
    return new DeepUnivariate(w1, b1, w2, b2, v, rng.gaussian());
  }

  /** A bound on |f| and its rounding scale at x. */
  private static double scale(DeepUnivariate net, double x) {
    double[] w1 = net.w1();
    double[] b1 = net.b1();
    double[][] w2 = net.w2();
    double[] b2 = net.b2();
    double[] v = net.v();
    double s = Math.abs(net.c());
    for (int k = 0; k < b2.length; k++) {
      double z = Math.abs(b2[k]);
      for (int i = 0; i < w1.length; i++) {
        z += Math.abs(w2[k][i]) * (Math.abs(w1[i] * x) + Math.abs(b1[i]));
      }
      s += Math.abs(v[k]) * z;
    }
    return 1 + s;
  }

  /** Whether some knot lies in [a, b]. */
  private static boolean knotIn(double[] knots, double a, double b) {
    int pos = Arrays.binarySearch(knots, a);
    int idx = pos >= 0 ? pos : -pos - 1;
    return idx < knots.length && knots[idx] <= b;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySignChangeAndSlopeJumpIsAtAReportedKnot(int seed) {
    DeepUnivariate net = net(seed);
    KnotSpline spline = net.spline();
    double[] knots = spline.knots();
    maxKnots = Math.max(maxKnots, knots.length);
    int h1 = net.width1();
    int h2 = net.width2();
    assertThat(knots.length).isLessThanOrEqualTo(h1 + h2 * (h1 + 1));
    double dx = (HI - LO) / (POINTS - 1);
    double[] xs = new double[POINTS];
    double[] fs = new double[POINTS];
    boolean[][] on = new boolean[h1 + h2][POINTS];
    for (int a = 0; a < POINTS; a++) {
      xs[a] = LO + a * dx;
      fs[a] = net.value(xs[a]);
      for (int i = 0; i < h1; i++) {
        on[i][a] = net.preActivation1(i, xs[a]) > 0;
      }
      for (int k = 0; k < h2; k++) {
        on[h1 + k][a] = net.preActivation2(k, xs[a]) > 0;
      }
    }
    for (int u = 0; u < h1 + h2; u++) {
      for (int a = 0; a + 1 < POINTS; a++) {
        if (on[u][a] != on[u][a + 1]) {
          assertThat(knotIn(knots, xs[a] - dx, xs[a + 1] + dx))
              .as("unit %d changes sign in [%s, %s]", u, xs[a], xs[a + 1]).isTrue();
        }
      }
    }
    for (int a = 0; a + 2 < POINTS; a++) {
      double s0 = (fs[a + 1] - fs[a]) / dx;
      double s1 = (fs[a + 2] - fs[a + 1]) / dx;
      if (Math.abs(s1 - s0) > 1e-7 * scale(net, xs[a])) {
        assertThat(knotIn(knots, xs[a], xs[a + 2]))
            .as("slope jumps in [%s, %s]", xs[a], xs[a + 2]).isTrue();
      }
    }
    // spline form equals the network: on the grid, at the knots, and far out
    double worst = 0;
    double[] far = {-1e3, -50, 50, 1e3};
    for (double[] set : new double[][] {xs, knots, far}) {
      for (double x : set) {
        worst = Math.max(worst, Math.abs(spline.value(x) - net.value(x)) / scale(net, x));
      }
    }
    worstValue = Math.max(worstValue, worst);
    assertThat(worst).isLessThan(1e-12);
    double outer = knots.length == 0 ? 1 : Math.max(Math.abs(knots[0]),
        Math.abs(knots[knots.length - 1])) + 1;
    assertThat(spline.leftSlope()).isEqualTo(net.slope(-outer));
    assertThat(spline.rightSlope()).isCloseTo(net.slope(outer),
        org.assertj.core.api.Assertions.within(1e-12 * scale(net, 1)));
  }

  /** No spurious knots: at every reported knot some unit's pre-activation vanishes. */
  @ParameterizedTest
  @MethodSource("seeds")
  void everyReportedKnotIsAZeroOfSomeUnit(int seed) {
    DeepUnivariate net = net(seed);
    for (double t : net.spline().knots()) {
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < net.width1(); i++) {
        if (net.w1()[i] != 0) {
          best = Math.min(best, Math.abs(net.preActivation1(i, t)));
        }
      }
      for (int k = 0; k < net.width2(); k++) {
        best = Math.min(best, Math.abs(net.preActivation2(k, t)));
      }
      assertThat(best).as("knot %s", t).isLessThan(1e-12 * scale(net, t));
    }
  }

  /**
   * A hand-made net: h1 = relu(x), relu(x - 1); z = h1_1 - 2 h1_2 - 0.5 has roots 0.5 and 1.5, so
   * f = relu(z) has knots 0.5 (slope +1), 1.5 (slope back to 0); the layer-1 knots 0 and 1 stay
   * as structural knots (0 carries no slope: z &lt; 0 there; at 1, z goes from slope 1 to -1).
   */
  /** §4.4: rescaling one unit of either layer (in by a, out by 1/a) moves no knot. */
  @ParameterizedTest
  @MethodSource("seeds")
  void perUnitRescalingMovesNoKnot(int seed) {
    DeepUnivariate net = net(seed);
    Rng rng = Rng.of(seed, "rescale");
    double[] w1 = net.w1();
    double[] b1 = net.b1();
    double[][] w2 = net.w2();
    double[] b2 = net.b2();
    double[] v = net.v();
    for (int i = 0; i < w1.length; i++) {
      double a = Math.exp(rng.uniform(-2, 2));
      w1[i] *= a;
      b1[i] *= a;
      for (double[] row : w2) {
        row[i] /= a;
      }
    }
    for (int k = 0; k < b2.length; k++) {
      double a = Math.exp(rng.uniform(-2, 2));
      for (int i = 0; i < w1.length; i++) {
        w2[k][i] *= a;
      }
      b2[k] *= a;
      v[k] /= a;
    }
    double tol = 1e-12 * scale(net, 1);
    double[][] before = slopeCarrying(net.spline(), tol);
    double[][] after = slopeCarrying(new DeepUnivariate(w1, b1, w2, b2, v, net.c()).spline(), tol);
    assertThat(after[0].length).isEqualTo(before[0].length);
    for (int k = 0; k < before[0].length; k++) {
      double t = before[0][k];
      assertThat(Math.abs(after[0][k] - t)).isLessThan(1e-12 * (1 + Math.abs(t)));
      assertThat(Math.abs(after[1][k] - before[1][k])).isLessThan(1e-12 * scale(net, t));
    }
  }

  /**
   * Knots and delta-slopes with knots closer than 1e-12 relative merged (units whose knots agree
   * mathematically may differ by an ulp after rescaling) and slope-free knots dropped.
   */
  private static double[][] slopeCarrying(KnotSpline s, double tol) {
    double[] t = s.knots();
    double[] d = s.deltaSlopes();
    double[] mt = new double[t.length];
    double[] md = new double[t.length];
    int m = 0;
    for (int k = 0; k < t.length; k++) {
      if (m > 0 && t[k] - mt[m - 1] <= 1e-12 * (1 + Math.abs(t[k]))) {
        md[m - 1] += d[k];
      } else {
        mt[m] = t[k];
        md[m++] = d[k];
      }
    }
    int[] keep = IntStream.range(0, m).filter(k -> Math.abs(md[k]) > tol).toArray();
    return new double[][] {Arrays.stream(keep).mapToDouble(k -> mt[k]).toArray(),
        Arrays.stream(keep).mapToDouble(k -> md[k]).toArray()};
  }

  @Test
  void handMadeNet() {
    DeepUnivariate net = new DeepUnivariate(new double[] {1, 1}, new double[] {0, -1},
        new double[][] {{1, -2}}, new double[] {-0.5}, new double[] {1}, 0);
    KnotSpline s = net.spline();
    assertThat(s.knots()).containsExactly(0, 0.5, 1, 1.5);
    assertThat(s.deltaSlopes()).containsExactly(0, 1, -2, 1);
    assertThat(s.leftSlope()).isEqualTo(0);
    assertThat(s.rightSlope()).isEqualTo(0);
    assertThat(s.value(1)).isEqualTo(0.5);
  }

  @Test
  void badShapesNameTheField() {
    assertThatThrownBy(() -> new DeepUnivariate(new double[] {1}, new double[] {0},
        new double[][] {{1, 2}}, new double[] {0}, new double[] {1}, 0))
        .isInstanceOf(InputException.class).hasMessageStartingWith("w2[0]");
    assertThatThrownBy(() -> new DeepUnivariate(new double[] {1}, new double[] {0},
        new double[][] {{1}}, new double[] {0}, new double[] {1, 2}, 0))
        .isInstanceOf(InputException.class).hasMessageStartingWith("v has 2");
  }

  @AfterAll
  static void report() {
    System.out.println("check 7: worst |spline - net| / scale " + worstValue + ", max knots "
        + maxKnots);
  }
}
