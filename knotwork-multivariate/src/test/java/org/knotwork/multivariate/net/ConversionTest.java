package org.knotwork.multivariate.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.io.InputException;
import org.knotwork.common.random.Rng;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * Check 1 of docs/multivariate-deep.md: conversions, symmetries, and d = 1 against knotwork-core.
 */
class ConversionTest {
  private static final int[] DIMS = {1, 2, 3, 5};
  private static double worstValue;

  static Stream<Integer> seeds() {
    return IntStream.range(0, 40).boxed();
  }

  private static ShallowNet net(int seed) {
    Rng rng = Rng.of(seed, "conversion");
    return RandomNets.shallow(rng, 1 + rng.nextInt(10), DIMS[seed % DIMS.length],
        seed % 4 == 0 ? 0.3 : 0.0);
  }

  /** Largest |f1(x) - f2(x)| / (1 + scale(x)) over 200 random points in [-5, 5]^d. */
  private static double maxRelDiff(ShallowNet ref, java.util.function.ToDoubleFunction<double[]> f,
      int seed) {
    Rng rng = Rng.of(seed, "points");
    double worst = 0;
    for (int k = 0; k < 200; k++) {
      double[] x = RandomNets.point(rng, ref.dim(), 5.0);
      worst = Math.max(worst,
          Math.abs(ref.value(x) - f.applyAsDouble(x)) / (1 + RandomNets.scale(ref, x)));
    }
    worstValue = Math.max(worstValue, worst);
    return worst;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void hyperplaneFormAndRepresentativesComputeTheSameFunction(int seed) {
    ShallowNet p = net(seed);
    HyperplaneNet q = p.toHyperplane();
    assertThat(maxRelDiff(p, q::value, seed)).isLessThan(1e-12);
    assertThat(maxRelDiff(p, q.toNetwork()::value, seed)).isLessThan(1e-12);
    double[] delta = Rng.of(seed, "delta").gaussian() > 0 ? p.balance() : new double[p.width()];
    ShallowNet balanced = q.toNetworkWithBalance(delta);
    assertThat(maxRelDiff(p, balanced::value, seed)).isLessThan(1e-12);
    // the representative has the requested balance (null neurons excepted: they are zeroed)
    double[] got = balanced.balance();
    for (int i = 0; i < p.width(); i++) {
      if (!q.isNull(i)) {
        assertThat(got[i]).isCloseTo(delta[i], org.assertj.core.api.Assertions.within(
            1e-12 * (1 + Math.abs(delta[i]) + p.v(i) * p.v(i))));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void balanceRepresentativeRecoversTheNetwork(int seed) {
    ShallowNet p = net(seed);
    ShallowNet back = p.toHyperplane().toNetworkWithBalance(p.balance());
    for (int i = 0; i < p.width(); i++) {
      if (p.toHyperplane().isNull(i)) {
        continue;
      }
      double s = 1 + RandomNets.maxAbs(p.w(i)) + Math.abs(p.b(i)) + Math.abs(p.v(i));
      assertThat(RandomNets.maxDiff(back.w(i), p.w(i))).isLessThan(1e-12 * s);
      assertThat(Math.abs(back.b(i) - p.b(i))).isLessThan(1e-12 * s);
      assertThat(Math.abs(back.v(i) - p.v(i))).isLessThan(1e-12 * s);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void hyperplaneCoordinatesRoundTrip(int seed) {
    HyperplaneNet q = net(seed).toHyperplane();
    double[] a = new double[q.width()];
    Rng rng = Rng.of(seed, "scale");
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.exp(rng.uniform(-3, 3));
    }
    HyperplaneNet back = q.toNetwork(a).toHyperplane();
    assertHyperplanesClose(back, q, 1e-12);
    if (q.dim() == 2 && IntStream.range(0, q.width()).noneMatch(q::isNull)) {
      HyperplaneNet fromAngles = HyperplaneNet.fromAngleVector(q.toAngleVector());
      assertHyperplanesClose(fromAngles, q, 1e-15);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rescalingAndPermutationLeaveTheQuotientFixed(int seed) {
    ShallowNet p = net(seed);
    Rng rng = Rng.of(seed, "symmetry");
    double[] a = new double[p.width()];
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.exp(rng.uniform(-4, 4));
    }
    ShallowNet rescaled = p.rescale(a);
    assertHyperplanesClose(rescaled.toHyperplane(), p.toHyperplane(), 1e-12);
    assertThat(maxRelDiff(p, rescaled::value, seed)).isLessThan(1e-12);
    int[] perm = rng.permutation(p.width());
    ShallowNet permuted = p.permute(perm);
    assertHyperplanesClose(permuted.toHyperplane(), p.toHyperplane().permute(perm), 1e-12);
    assertThat(maxRelDiff(p, permuted::value, seed)).isLessThan(1e-12);
    assertThat(maxRelDiff(p, permuted.toHyperplane()::value, seed)).isLessThan(1e-12);
  }

  /** d = 1: knot n&beta;, delta-slope &mu;, orientation n and offset c are core's, bit for bit. */
  @ParameterizedTest
  @MethodSource("seeds")
  void oneDimensionalCaseIsTheUnivariateSplineForm(int seed) {
    Rng rng = Rng.of(seed, "d1");
    ShallowNet p = RandomNets.shallow(rng, 1 + rng.nextInt(10), 1, 0.2);
    double[] w = new double[p.width()];
    for (int i = 0; i < w.length; i++) {
      w[i] = p.w(i)[0];
    }
    SplineParams core = new NetworkParams(w, p.b(), p.v(), p.c()).toSpline();
    HyperplaneNet q = p.toHyperplane();
    assertThat(q.c()).isEqualTo(core.c());
    for (int i = 0; i < w.length; i++) {
      if (core.orientation(i) == 0) {
        assertThat(q.isNull(i)).isTrue();
        continue;
      }
      double n = q.n(i)[0];
      assertThat(n).isEqualTo((double) core.orientation(i));
      assertThat(n * q.beta(i)).isEqualTo(core.beta(i));
      assertThat(q.mu(i)).isEqualTo(core.mu(i));
    }
    for (int k = 0; k < 50; k++) {
      double x = rng.uniform(-5, 5);
      assertThat(Math.abs(q.value(new double[] {x}) - core.value(x)))
          .isLessThan(1e-12 * (1 + RandomNets.scale(p, new double[] {x})));
    }
  }

  @Test
  void angleFormOfKnownNormals() {
    HyperplaneNet q = new HyperplaneNet(new double[][] {{0, 1}, {-1, 0}}, new double[] {0.5, 1},
        new double[] {2, 3}, 0);
    assertThat(q.angles()).containsExactly(Math.PI / 2, Math.PI);
    // f(x) = 2 relu(x2 - 0.5) + 3 relu(-x1 - 1)
    assertThat(q.value(new double[] {-3, 1.5})).isEqualTo(2 * 1.0 + 3 * 2.0);
    assertThat(q.gradient(new double[] {-3, 1.5})).containsExactly(-3, 2);
    // on hyperplane 1 (x2 = 0.5) the neuron is off: relu'(0) = 0
    assertThat(q.gradient(new double[] {-3, 0.5})).containsExactly(-3, 0);
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> new ShallowNet(new double[][] {{1, 2}, {3}}, new double[2],
        new double[2], 0)).isInstanceOf(InputException.class).hasMessageContaining("w[1]");
    assertThatThrownBy(() -> new ShallowNet(new double[][] {{1, Double.NaN}}, new double[1],
        new double[1], 0)).isInstanceOf(InputException.class).hasMessageContaining("w[0][1]");
    assertThatThrownBy(() -> new ShallowNet(new double[][] {{1}}, new double[2], new double[1], 0))
        .isInstanceOf(InputException.class).hasMessageStartingWith("b has 2");
    assertThatThrownBy(() -> new HyperplaneNet(new double[][] {{1, 1}}, new double[1],
        new double[1], 0)).isInstanceOf(InputException.class).hasMessageContaining("unit");
    assertThatThrownBy(() -> new HyperplaneNet(new double[][] {{0, 0}}, new double[1],
        new double[] {1}, 0)).isInstanceOf(InputException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> new HyperplaneNet(new double[][] {{1, 0}}, new double[1],
        new double[] {0}, 0).toNetworkWithBalance(new double[] {-1}))
        .isInstanceOf(InputException.class).hasMessageStartingWith("delta[0]");
  }

  static void assertHyperplanesClose(HyperplaneNet a, HyperplaneNet b, double tol) {
    assertThat(a.width()).isEqualTo(b.width());
    for (int i = 0; i < a.width(); i++) {
      assertThat(RandomNets.maxDiff(a.n(i), b.n(i))).isLessThanOrEqualTo(tol);
      assertThat(Math.abs(a.beta(i) - b.beta(i)))
          .isLessThanOrEqualTo(tol * (1 + Math.abs(b.beta(i))));
      assertThat(Math.abs(a.mu(i) - b.mu(i))).isLessThanOrEqualTo(tol * (1 + Math.abs(b.mu(i))));
    }
    assertThat(Math.abs(a.c() - b.c())).isLessThanOrEqualTo(tol * (1 + Math.abs(b.c())));
  }

  @AfterAll
  static void report() {
    System.out.println("check 1: worst |f - f'| / (1 + scale) over all conversions " + worstValue);
  }
}
