package org.knotwork.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.testing.RandomProblems;

/** Network &harr; spline conversion (S2, S3, S5), symmetries and the canonical form (S4); notes E1. */
class ConversionTest {

  static Stream<Integer> seeds() {
    return IntStream.range(0, 40).boxed();
  }

  private static NetworkParams randomNet(int seed) {
    Rng rng = Rng.of(seed, "conversion");
    int h = 1 + rng.nextInt(12);
    double spread = seed % 3 == 0 ? 50.0 : 2.0; // some knots far outside the data window
    return RandomProblems.network(rng, h, spread, 0.15);
  }

  /** Function scale for relative comparisons: |c| + &Sigma;|v||wx + b|. */
  private static double scale(NetworkParams p, double x) {
    double s = Math.abs(p.c());
    for (int i = 0; i < p.width(); i++) {
      s += Math.abs(p.v(i) * (p.w(i) * x + p.b(i)));
    }
    return s;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void splineFormComputesTheSameFunction(int seed) {
    NetworkParams net = randomNet(seed);
    SplineParams sp = net.toSpline();
    CanonicalSpline can = sp.canonical();
    for (int k = 0; k <= 400; k++) {
      double x = -5 + 10.0 * k / 400;
      double f = net.value(x);
      double tol = 1e-12 * Math.max(1.0, scale(net, x));
      assertThat(sp.value(x)).isCloseTo(f, within(tol));
      assertThat(can.value(x)).isCloseTo(f, within(tol * 10));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void roundTripThroughSplineReturnsTheNetwork(int seed) {
    NetworkParams net = randomNet(seed);
    SplineParams sp = net.toSpline();
    double[] absW = new double[net.width()];
    for (int i = 0; i < absW.length; i++) {
      absW[i] = net.w(i) == 0 ? 1.0 : Math.abs(net.w(i));
    }
    NetworkParams back = sp.toNetwork(absW);
    for (int i = 0; i < net.width(); i++) {
      if (net.w(i) == 0) {
        assertThat(sp.orientation(i)).isZero();
        assertThat(back.w(i)).isZero();
        assertThat(back.v(i)).isZero();
        continue;
      }
      assertThat(back.w(i)).isEqualTo(net.w(i));
      assertThat(back.b(i)).isCloseTo(net.b(i), within(1e-14 * (1 + Math.abs(net.b(i)))));
      assertThat(back.v(i)).isCloseTo(net.v(i), within(1e-14 * (1 + Math.abs(net.v(i)))));
    }
    // the constant units were folded into c; the function is unchanged
    for (double x : new double[] {-3, -0.2, 0.7, 4}) {
      assertThat(back.value(x)).isCloseTo(net.value(x), within(1e-12 * Math.max(1, scale(net, x))));
    }
    // spline -> network (any representative) -> spline is the identity on spline coordinates
    SplineParams again = sp.toNetwork().toSpline();
    for (int i = 0; i < net.width(); i++) {
      assertThat(again.orientation(i)).isEqualTo(sp.orientation(i));
      if (sp.orientation(i) != 0) {
        assertThat(again.beta(i)).isCloseTo(sp.beta(i), within(1e-14 * (1 + Math.abs(sp.beta(i)))));
        assertThat(again.mu(i)).isEqualTo(sp.mu(i));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rescalingLeavesSplineAndFunctionUnchanged(int seed) {
    NetworkParams net = randomNet(seed);
    SplineParams sp = net.toSpline();
    for (double a : new double[] {1e-3, 1.0, 1e3}) {
      double[] scales = new double[net.width()];
      java.util.Arrays.fill(scales, a);
      NetworkParams r = net.rescale(scales);
      SplineParams rs = r.toSpline();
      for (int i = 0; i < net.width(); i++) {
        assertThat(rs.orientation(i)).isEqualTo(sp.orientation(i));
        if (sp.orientation(i) != 0) {
          assertThat(rs.beta(i)).isCloseTo(sp.beta(i), within(1e-13 * (1 + Math.abs(sp.beta(i)))));
          assertThat(rs.mu(i)).isCloseTo(sp.mu(i), within(1e-13 * (1 + Math.abs(sp.mu(i)))));
        }
      }
      for (double x : new double[] {-2, 0.1, 3}) {
        assertThat(r.value(x)).isCloseTo(net.value(x), within(1e-12 * Math.max(1, scale(net, x))));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void permutationLeavesTheCanonicalFormUnchanged(int seed) {
    NetworkParams net = randomNet(seed);
    int[] perm = Rng.of(seed, "perm").permutation(net.width());
    CanonicalSpline a = net.toSpline().canonical();
    CanonicalSpline b = net.permute(perm).toSpline().canonical();
    assertThat(b.knots()).containsExactly(a.knots());
    assertThat(b.jumps()).containsExactly(a.jumps(), within(1e-12));
    assertThat(b.leftSlope()).isCloseTo(a.leftSlope(), within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void slopeJumpsByExactlyMuAtEachKnot(int seed) {
    NetworkParams net = randomNet(seed);
    SplineParams sp = net.toSpline();
    for (int i = 0; i < sp.width(); i++) {
      if (sp.orientation(i) == 0) {
        continue;
      }
      double beta = sp.beta(i);
      // the nearest other knot bounds the step so f is affine on both one-sided windows
      double gap = Double.POSITIVE_INFINITY;
      double jumpHere = 0;
      for (int j = 0; j < sp.width(); j++) {
        if (sp.orientation(j) == 0) {
          continue;
        }
        double d = Math.abs(sp.beta(j) - beta);
        if (d == 0) {
          jumpHere += sp.mu(j);
        } else {
          gap = Math.min(gap, d);
        }
      }
      double h = Math.min(1e-3 * (1 + Math.abs(beta)), gap / 4);
      double left = (net.value(beta) - net.value(beta - h)) / h;
      double right = (net.value(beta + h) - net.value(beta)) / h;
      double slopeScale = 0;
      for (int j = 0; j < net.width(); j++) {
        slopeScale += Math.abs(net.v(j) * net.w(j));
      }
      double tol = 1e-12 * Math.max(1, scale(net, beta)) / h + 1e-12 * slopeScale;
      assertThat(right - left).isCloseTo(jumpHere, within(tol));
    }
  }

  @Test
  void orientationFollowsTheSignOfW() {
    NetworkParams net = new NetworkParams(
        new double[] {2, -0.5, 0}, new double[] {1, 1, 3}, new double[] {1, 2, 4}, 0.5);
    SplineParams sp = net.toSpline();
    assertThat(sp.orientation()).containsExactly(1, -1, 0);
    assertThat(sp.beta(0)).isEqualTo(-0.5);
    assertThat(sp.beta(1)).isEqualTo(2.0);
    assertThat(sp.beta(2)).isNaN();
    assertThat(sp.mu()).containsExactly(2.0, 1.0, 0.0);
    assertThat(sp.c()).isEqualTo(0.5 + 4 * 3); // constant unit v·relu(b) folded into c
  }

  @Test
  void balancedRepresentativeKeepsTheGivenDelta() {
    SplineParams sp = new SplineParams(new double[] {0.3, -2}, new double[] {1.5, -0.2},
        new int[] {1, -1}, 0.1);
    double[] delta = {0.7, -0.01};
    NetworkParams net = sp.toNetworkWithBalance(delta);
    assertThat(net.balance()).containsExactly(delta, within(1e-14));
    assertThat(net.toSpline().mu()).containsExactly(sp.mu(), within(1e-14));
    assertThat(net.toSpline().beta()).containsExactly(sp.beta(), within(1e-14));
  }

  @Test
  void invalidParametersAreRejectedWithTheFieldNamed() {
    assertThatThrownBy(() -> new NetworkParams(new double[] {1}, new double[] {Double.NaN},
        new double[] {1}, 0)).hasMessageContaining("b[0]");
    assertThatThrownBy(() -> new NetworkParams(new double[] {1, 2}, new double[] {1},
        new double[] {1, 2}, 0)).hasMessageContaining("b has 1 entries");
    assertThatThrownBy(() -> new NetworkParams(new double[] {1}, new double[] {1},
        new double[] {1}, Double.POSITIVE_INFINITY)).hasMessageContaining("c must be");
    assertThatThrownBy(() -> new SplineParams(new double[] {0}, new double[] {1},
        new int[] {2}, 0)).hasMessageContaining("orientation[0]");
    assertThatThrownBy(() -> new SplineParams(new double[] {0.5}, new double[] {1},
        new int[] {0}, 0)).hasMessageContaining("orientation 0");
  }

  @Test
  void vectorLayoutsRoundTrip() {
    NetworkParams net = randomNet(7);
    assertThat(NetworkParams.fromVector(net.toVector())).isEqualTo(net);
    SplineParams sp = net.toSpline();
    assertThat(SplineParams.fromVector(sp.toVector(), sp.orientation())).isEqualTo(sp);
    assertThat(net.toVector()).hasSize(Coordinates.NETWORK.dimension(net.width()));
    assertThat(sp.toVector()).hasSize(Coordinates.SPLINE.dimension(net.width()));
  }
}
