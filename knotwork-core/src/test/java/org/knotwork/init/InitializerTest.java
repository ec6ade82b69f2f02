package org.knotwork.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;

class InitializerTest {
  private static final int H = 50;
  private static final int NETS = 20_000; // 10^6 draws of each first/second-layer entry

  static InitSpec spec(InitScheme s, int h, long seed) {
    return switch (s) {
      case GAUSSIAN -> InitSpec.gaussian(new GaussianSigmas(2, 0.5, 0.3, 0.1), h, seed);
      case SPREAD -> InitSpec.spread(new Interval(-1, 2), h, seed);
      default -> InitSpec.of(s, h, seed);
    };
  }

  /**
   * Hand table of the parameter laws for H = 50 (fan convention of InitScheme): variances of w, b,
   * v, c and whether the weights are uniform. Var U(-a, a) = a^2/3.
   */
  static Stream<Arguments> parameterLaws() {
    double h = H;
    double bias = 1.0 / 3; // U(-1, 1)
    double out = 1.0 / (3 * h); // U(-1/sqrt(H), 1/sqrt(H))
    return Stream.of(
        Arguments.of(InitScheme.PYTORCH_DEFAULT, 1.0 / 3, bias, 1 / (3 * h), out, true),
        Arguments.of(InitScheme.PYTORCH_DEFAULT_ZERO_BIAS, 1.0 / 3, 0.0, 1 / (3 * h), 0.0, true),
        Arguments.of(InitScheme.HE_NORMAL, 2.0, bias, 2 / h, out, false),
        Arguments.of(InitScheme.HE_NORMAL_ZERO_BIAS, 2.0, 0.0, 2 / h, 0.0, false),
        Arguments.of(InitScheme.HE_UNIFORM, 2.0, bias, 2 / h, out, true),
        Arguments.of(InitScheme.HE_UNIFORM_ZERO_BIAS, 2.0, 0.0, 2 / h, 0.0, true),
        Arguments.of(InitScheme.GLOROT_NORMAL, 2 / (h + 1), bias, 2 / (h + 1), out, false),
        Arguments.of(InitScheme.GLOROT_NORMAL_ZERO_BIAS, 2 / (h + 1), 0.0, 2 / (h + 1), 0.0, false),
        Arguments.of(InitScheme.GLOROT_UNIFORM, 2 / (h + 1), bias, 2 / (h + 1), out, true),
        Arguments.of(InitScheme.GLOROT_UNIFORM_ZERO_BIAS, 2 / (h + 1), 0.0, 2 / (h + 1), 0.0, true),
        Arguments.of(InitScheme.LECUN_NORMAL, 1.0, bias, 1 / h, out, false),
        Arguments.of(InitScheme.LECUN_NORMAL_ZERO_BIAS, 1.0, 0.0, 1 / h, 0.0, false),
        Arguments.of(InitScheme.LECUN_UNIFORM, 1.0, bias, 1 / h, out, true),
        Arguments.of(InitScheme.LECUN_UNIFORM_ZERO_BIAS, 1.0, 0.0, 1 / h, 0.0, true));
  }

  @ParameterizedTest
  @MethodSource("parameterLaws")
  void drawsTheDocumentedParameterLaws(InitScheme s, double varW, double varB, double varV,
      double varC, boolean uniform) {
    Rng rng = Rng.of(11, "test");
    InitSpec spec = InitSpec.of(s, H, 0);
    double[] w = new double[H * NETS];
    double[] b = new double[H * NETS];
    double[] v = new double[H * NETS];
    double[] c = new double[NETS];
    for (int n = 0; n < NETS; n++) {
      NetworkParams p = Initializer.draw(spec, rng);
      System.arraycopy(p.w(), 0, w, n * H, H);
      System.arraycopy(p.b(), 0, b, n * H, H);
      System.arraycopy(p.v(), 0, v, n * H, H);
      c[n] = p.c();
    }
    checkLaw(w, varW, uniform);
    checkLaw(v, varV, uniform);
    if (varB == 0) {
      assertThat(Arrays.stream(b).allMatch(x -> x == 0.0)).isTrue();
      assertThat(Arrays.stream(c).allMatch(x -> x == 0.0)).isTrue();
    } else {
      checkLaw(b, varB, true);
      checkLaw(c, varC, true);
    }
  }

  /** Mean 0, variance and kurtosis (1.8 uniform, 3 normal) within 4 standard errors; uniform support. */
  private static void checkLaw(double[] x, double var, boolean uniform) {
    int n = x.length;
    double m = Arrays.stream(x).average().orElseThrow();
    Estimate s2 = Estimate.variance(x);
    assertThat(m).isCloseTo(0, within(4 * Math.sqrt(var / n)));
    assertThat(s2.value()).isCloseTo(var, within(4 * s2.standardError()));
    double m4 = Arrays.stream(x).map(t -> (t - m) * (t - m) * (t - m) * (t - m)).average()
        .orElseThrow();
    double kurt = m4 / (s2.value() * s2.value());
    // SE of the sample kurtosis: sqrt(24/n) for a normal, smaller for a uniform
    assertThat(kurt).isCloseTo(uniform ? 1.8 : 3.0, within(4 * Math.sqrt(24.0 / n)));
    if (uniform) {
      double bound = Math.sqrt(3 * var);
      double max = Arrays.stream(x).map(Math::abs).max().orElseThrow();
      assertThat(max).isLessThanOrEqualTo(bound).isGreaterThan(bound * (1 - 50.0 / n));
    }
  }

  @Test
  void antisymmetricPairingCancelsTheFunctionAndKeepsTheFirstHalf() {
    NetworkParams p = Initializer.initialize(InitSpec.of(InitScheme.HE_NORMAL, 10, 3));
    NetworkParams q = Initializer.antisymmetric(p);
    for (int i = 0; i < 5; i++) {
      assertThat(new double[] {q.w(i), q.b(i), q.v(i)}).containsExactly(p.w(i), p.b(i), p.v(i));
      assertThat(new double[] {q.w(5 + i), q.b(5 + i), q.v(5 + i)})
          .containsExactly(p.w(i), p.b(i), -p.v(i));
    }
    for (double x = -4; x <= 4; x += 0.5) {
      assertThat(q.value(x)).isCloseTo(p.c(), within(1e-14));
    }
    assertThatThrownBy(() -> Initializer.antisymmetric(
        Initializer.initialize(InitSpec.of(InitScheme.HE_NORMAL, 7, 3))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width must be even");
  }

  @Test
  void pytorchDefaultMatchesNnLinearBounds() {
    int h = 37;
    NetworkParams p = Initializer.initialize(InitSpec.of(InitScheme.PYTORCH_DEFAULT, h, 5));
    double bound2 = 1 / Math.sqrt(h);
    for (int i = 0; i < h; i++) {
      assertThat(Math.abs(p.w(i))).isLessThanOrEqualTo(1.0);
      assertThat(Math.abs(p.b(i))).isLessThanOrEqualTo(1.0);
      assertThat(Math.abs(p.v(i))).isLessThanOrEqualTo(bound2);
    }
    assertThat(Math.abs(p.c())).isLessThanOrEqualTo(bound2);
  }

  @ParameterizedTest
  @EnumSource(InitScheme.class)
  void sameSpecSameBytesOtherSeedOtherNet(InitScheme s) {
    InitSpec spec = spec(s, 64, 42);
    assertThat(Initializer.initialize(spec)).isEqualTo(Initializer.initialize(spec));
    assertThat(Initializer.initialize(spec))
        .isEqualTo(Initializer.draw(spec, Rng.of(42, Initializer.STREAM)));
    assertThat(Initializer.initialize(spec.withSeed(43))).isNotEqualTo(Initializer.initialize(spec));
  }

  @ParameterizedTest
  @EnumSource(value = InitScheme.class, mode = EnumSource.Mode.MATCH_ANY, names = ".*_ZERO_BIAS")
  void zeroBiasSchemesPutEveryKnotAtExactlyZero(InitScheme s) {
    for (long seed = 0; seed < 20; seed++) {
      NetworkParams p = Initializer.initialize(InitSpec.of(s, 1000, seed));
      assertThat(p.c()).isZero();
      SplineParams sp = p.toSpline();
      for (int i = 0; i < 1000; i++) {
        assertThat(sp.orientation(i)).isNotZero();
        assertThat(Math.abs(sp.beta(i))).isZero();
      }
    }
  }

  @Test
  void gaussianWithZeroSigmaBIsItsZeroBiasForm() {
    NetworkParams p = Initializer.initialize(
        InitSpec.gaussian(new GaussianSigmas(1, 0, 1, 0), 500, 3));
    assertThat(Arrays.stream(p.b()).allMatch(x -> x == 0.0)).isTrue();
    assertThat(p.c()).isZero();
  }

  @ParameterizedTest
  @EnumSource(InitScheme.class)
  void scaleMultipliersMultiplyTheDrawnTensors(InitScheme s) {
    double aw = 2.5;
    double ab = 0.3;
    double av = 1.7;
    InitSpec base = spec(s, 200, 9);
    NetworkParams p = Initializer.initialize(base);
    NetworkParams q = Initializer.initialize(base.withScales(new Scales(aw, ab, av)));
    for (int i = 0; i < 200; i++) {
      assertThat(q.w(i)).isEqualTo(aw * p.w(i));
      assertThat(q.b(i)).isEqualTo(ab * p.b(i));
      assertThat(q.v(i)).isEqualTo(av * p.v(i));
    }
    assertThat(q.c()).isEqualTo(p.c());
    // hence knots scale by ab/aw and delta-slopes by aw*av (S2)
    SplineParams sp = p.toSpline();
    SplineParams sq = q.toSpline();
    for (int i = 0; i < 200; i++) {
      double beta = ab / aw * sp.beta(i);
      assertThat(sq.beta(i)).isCloseTo(beta, within(1e-15 * Math.abs(beta)));
      double mu = aw * av * sp.mu(i);
      assertThat(sq.mu(i)).isCloseTo(mu, within(1e-15 * Math.abs(mu)));
      assertThat(sq.orientation(i)).isEqualTo(sp.orientation(i));
    }
  }

  @ParameterizedTest
  @EnumSource(InitScheme.class)
  void functionPreservingScalesKeepTheFunction(InitScheme s) {
    InitSpec base = spec(s, 300, 4);
    NetworkParams p = Initializer.initialize(base);
    NetworkParams q = Initializer.initialize(base.withScales(Scales.functionPreserving(8.0)));
    for (double x = -4; x <= 4; x += 0.125) {
      double scale = 1 + Math.abs(p.value(x));
      assertThat(q.value(x)).isCloseTo(p.value(x), within(1e-13 * scale));
    }
  }

  @Test
  void spreadPutsKnotsInTheScaledRangeWithUnitWeights() {
    InitSpec spec = InitSpec.spread(new Interval(-3, 5), 4000, 1)
        .withScales(new Scales(2.0, 0.5, 1.0));
    NetworkParams p = Initializer.initialize(spec);
    SplineParams sp = p.toSpline();
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    int right = 0;
    for (int i = 0; i < 4000; i++) {
      assertThat(Math.abs(p.w(i))).isEqualTo(2.0);
      lo = Math.min(lo, sp.beta(i));
      hi = Math.max(hi, sp.beta(i));
      right += sp.orientation(i) > 0 ? 1 : 0;
    }
    // knots on (0.5/2)*[-3, 5] = [-0.75, 1.25], reaching close to both ends
    assertThat(lo).isGreaterThanOrEqualTo(-0.75 - 1e-15).isLessThan(-0.74);
    assertThat(hi).isLessThanOrEqualTo(1.25 + 1e-15).isGreaterThan(1.24);
    assertThat(right).isBetween(2000 - 4 * 32, 2000 + 4 * 32);
    assertThat(p.c()).isZero();
  }
}
