package org.knotwork.multivariate.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.AbstractRealDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.common.random.Rng;
import org.knotwork.multivariate.net.HyperplaneNet;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * Check 9 and the laws of §5 of docs/multivariate-deep.md: the Gaussian offset law (M9) and the
 * uniform-scheme angle law (M10) by Kolmogorov&ndash;Smirnov tests at 10^6 draws; the uniform
 * scheme's offset law by Monte Carlo against an independent quadrature; Var f<sub>0</sub>, E‖&nabla;
 * f<sub>0</sub>‖<sup>2</sup> and E&mu;<sup>2</sup> (M11, M12) by Monte Carlo within 5 standard
 * errors.
 */
class InitLawsTest {
  private static final int DRAWS = 1_000_000;
  private static final KolmogorovSmirnovTest KS = new KolmogorovSmirnovTest();

  /** A distribution from a CDF, for the KS test (only the CDF is used). */
  private static AbstractRealDistribution fromCdf(java.util.function.DoubleUnaryOperator cdf,
      double lo, double hi) {
    return new AbstractRealDistribution() {
      @Override
      public double density(double x) {
        throw new UnsupportedOperationException();
      }

      @Override
      public double cumulativeProbability(double x) {
        return cdf.applyAsDouble(x);
      }

      @Override
      public double getNumericalMean() {
        return 0;
      }

      @Override
      public double getNumericalVariance() {
        return 1;
      }

      @Override
      public double getSupportLowerBound() {
        return lo;
      }

      @Override
      public double getSupportUpperBound() {
        return hi;
      }

      @Override
      public boolean isSupportConnected() {
        return true;
      }
    };
  }

  /** Offsets -b/|w| of one neuron per draw. */
  private static double[] offsets(InitScheme s, int d, Rng rng) {
    double[] out = new double[DRAWS];
    double[] w = new double[d];
    for (int k = 0; k < DRAWS; k++) {
      double n2 = 0;
      for (int i = 0; i < d; i++) {
        w[i] = s.draw(rng, s.inputWeight());
        n2 += w[i] * w[i];
      }
      out[k] = -s.draw(rng, s.inputBias()) / Math.sqrt(n2);
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void gaussianOffsetsFollowTheScaledStudentLaw(int d) {
    InitScheme s = new InitScheme(InitScheme.Kind.GAUSSIAN, 0.7, 1.3, 1, 0);
    double[] beta = offsets(s, d, Rng.of(d, "offsets"));
    double p = KS.kolmogorovSmirnovTest(fromCdf(t -> InitLaws.gaussianOffsetCdf(t, d, 0.7, 1.3),
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), beta);
    assertThat(p).isGreaterThan(1e-3);
    // the law with the wrong degrees of freedom is rejected already at 10^5 draws: the test has
    // power here
    double wrong = KS.kolmogorovSmirnovTest(fromCdf(t -> InitLaws.gaussianOffsetCdf(t, d + 2,
        0.7, 1.3), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
        Arrays.copyOf(beta, DRAWS / 10));
    assertThat(wrong).isLessThan(1e-6);
    if (d == 2) {
      long within = Arrays.stream(beta).filter(b -> Math.abs(b) < 0.8).count();
      double q = InitLaws.gaussianOffsetWithin2d(0.8, 0.7, 1.3);
      assertThat(Math.abs(within / (double) DRAWS - q))
          .isLessThan(5 * Math.sqrt(q * (1 - q) / DRAWS));
    }
  }

  private static double[] angles(InitScheme s, Rng rng) {
    double[] out = new double[DRAWS];
    for (int k = 0; k < DRAWS; k++) {
      double w1 = s.draw(rng, s.inputWeight());
      double w2 = s.draw(rng, s.inputWeight());
      out[k] = Math.atan2(w2, w1);
    }
    return out;
  }

  @Test
  void gaussianAnglesAreUniformAndUniformSchemeAnglesFollowTheSquareLaw() {
    UniformRealDistribution flat = new UniformRealDistribution(-Math.PI, Math.PI);
    var square = fromCdf(InitLaws::uniformAngleCdf, -Math.PI, Math.PI);
    double[] g = angles(new InitScheme(InitScheme.Kind.GAUSSIAN, 1, 1, 1, 0), Rng.of(1, "ang"));
    assertThat(KS.kolmogorovSmirnovTest(flat, g)).isGreaterThan(1e-3);
    InitScheme torch = InitScheme.pytorchDefault(2, 16);
    double[] u = angles(torch, Rng.of(2, "ang"));
    assertThat(KS.kolmogorovSmirnovTest(square, u)).isGreaterThan(1e-3);
    assertThat(KS.kolmogorovSmirnovTest(flat, u)).as("not uniform").isLessThan(1e-10);
    assertThat(KS.kolmogorovSmirnovTest(square, g)).as("the square law has power")
        .isLessThan(1e-10);
    // the density integrates to 1 and its CDF is its integral (midpoint rule)
    int m = 200_000;
    double sum = 0;
    for (int k = 0; k < m; k++) {
      double t = -Math.PI + (k + 0.5) * 2 * Math.PI / m;
      sum += InitLaws.uniformAngleDensity(t) * 2 * Math.PI / m;
      if (k % 20_000 == 0) {
        assertThat(Math.abs(sum - InitLaws.uniformAngleCdf(t + Math.PI / m))).isLessThan(1e-8);
      }
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    // the diagonals are favoured: density at pi/4 twice that at 0
    assertThat(InitLaws.uniformAngleDensity(Math.PI / 4) / InitLaws.uniformAngleDensity(0))
        .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void uniformSchemeOffsetsAgreeWithQuadrature() {
    // P(|beta| < a) = E_w[min(1, a |w| / s_b)] with w uniform on the square: a midpoint
    // quadrature over w, independent of the sampler
    InitScheme s = InitScheme.pytorchDefault(2, 8);
    double[] beta = offsets(s, 2, Rng.of(5, "uoff"));
    for (double a : new double[] {0.3, 1.0, 2.5}) {
      int m = 800;
      double q = 0;
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          double w1 = s.inputWeight() * (-1 + (2 * i + 1.0) / m);
          double w2 = s.inputWeight() * (-1 + (2 * j + 1.0) / m);
          q += Math.min(1, a * Math.hypot(w1, w2) / s.inputBias());
        }
      }
      q /= (double) m * m;
      double frac = Arrays.stream(beta).filter(b -> Math.abs(b) < a).count() / (double) DRAWS;
      // quadrature error of the kink of min(1, .) is far below the MC standard error here
      assertThat(Math.abs(frac - q)).as("a = %s", a)
          .isLessThan(5 * Math.sqrt(q * (1 - q) / DRAWS) + 1e-4);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GAUSSIAN", "UNIFORM"})
  void flatnessLawsOfF0(String kind) {
    int h = 12;
    InitScheme s = kind.equals("GAUSSIAN")
        ? new InitScheme(InitScheme.Kind.GAUSSIAN, 1.0, 0.5, 1 / Math.sqrt(h), 0.1)
        : InitScheme.pytorchDefault(2, h);
    Rng rng = Rng.of(9, "flat-" + kind);
    int nets = 40_000;
    double[][] points = {{0, 0}, {0.6, -0.3}, {-0.2, 0.9}};
    double[] sumF2 = new double[points.length];
    double[] sumF4 = new double[points.length];
    double[] sumG2 = new double[points.length];
    double[] sumG4 = new double[points.length];
    double sumMu2 = 0;
    double sumMu4 = 0;
    double diskF2 = 0;
    double diskF4 = 0;
    for (int t = 0; t < nets; t++) {
      ShallowNet net = s.sample(rng, h, 2);
      for (int p = 0; p < points.length; p++) {
        double f = net.value(points[p]);
        double[] g = net.gradient(points[p]);
        double g2 = g[0] * g[0] + g[1] * g[1];
        sumF2[p] += f * f;
        sumF4[p] += f * f * f * f;
        sumG2[p] += g2;
        sumG4[p] += g2 * g2;
      }
      // a uniform point of the unit disk
      double r = Math.sqrt(rng.uniform());
      double a = rng.uniform(-Math.PI, Math.PI);
      double f = net.value(new double[] {r * Math.cos(a), r * Math.sin(a)});
      diskF2 += f * f;
      diskF4 += f * f * f * f;
      HyperplaneNet hp = net.toHyperplane();
      double mu = hp.mu(0);
      sumMu2 += mu * mu;
      sumMu4 += mu * mu * mu * mu;
    }
    for (int p = 0; p < points.length; p++) {
      double n2 = points[p][0] * points[p][0] + points[p][1] * points[p][1];
      assertNear(sumF2[p], sumF4[p], nets, InitLaws.valueVariance(s, h, n2));
      assertNear(sumG2[p], sumG4[p], nets, InitLaws.gradientMeanSquare(s, h, 2));
    }
    // over the unit disk E|x|^2 = 1/2
    assertNear(diskF2, diskF4, nets, InitLaws.valueVariance(s, h, 0.5));
    assertNear(sumMu2, sumMu4, nets, InitLaws.deltaSlopeMeanSquare(s, 2));
  }

  /** The mean of n draws (sum, sum of squares) within 5 standard errors of the expectation. */
  private static void assertNear(double sum, double sumSq, int n, double expected) {
    double mean = sum / n;
    double se = Math.sqrt((sumSq / n - mean * mean) / (n - 1));
    assertThat(Math.abs(mean - expected)).as("mean %s vs %s (se %s)", mean, expected, se)
        .isLessThan(5 * se);
  }
}
