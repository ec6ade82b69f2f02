package org.knotwork.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The densities, cdfs and weighted cdfs of the knot and delta-slope laws are mutually consistent:
 * &int;density = &Delta;cdf by numerical quadrature, and d/dt weightedCdf equals the w<sup>2</sup>-weighted
 * knot density derived by hand as &int;|w|<sup>3</sup>p<sub>w</sub>(w)p<sub>b</sub>(tw) dw.
 */
class DensityConsistencyTest {
  private static final double[][] WINDOWS = {
      {-30, -3}, {-3, -1.1}, {-1.1, -0.2}, {-0.2, 0.35}, {0.35, 0.9}, {0.9, 2.5}, {2.5, 60}};

  static Stream<Arguments> knotLaws() {
    return Stream.of(
        Arguments.of(new KnotLaw.Cauchy(0.25, 4.0), new double[] {}),
        Arguments.of(new KnotLaw.Cauchy(3.0, 0.5), new double[] {}),
        Arguments.of(new KnotLaw.UniformRatio(1, 1), new double[] {-1, 1}),
        Arguments.of(new KnotLaw.UniformRatio(Math.sqrt(6), 0.5), new double[] {-0.5 / Math.sqrt(6),
            0.5 / Math.sqrt(6)}),
        Arguments.of(new KnotLaw.NormalOverUniform(Math.sqrt(2), 1), new double[] {}),
        Arguments.of(new KnotLaw.NormalOverUniform(0.3, 2), new double[] {}),
        Arguments.of(new KnotLaw.UniformKnots(-1, 2, 1.5), new double[] {-1, 2}));
  }

  /** Integral of f over [a, b], split at the kinks inside. */
  static double integrate(DoubleUnaryOperator f, double a, double b, double[] kinks) {
    List<Double> cuts = new ArrayList<>();
    cuts.add(a);
    for (double k : kinks) {
      if (k > a && k < b) {
        cuts.add(k);
      }
    }
    cuts.add(b);
    cuts.sort(Double::compare);
    IterativeLegendreGaussIntegrator gl = new IterativeLegendreGaussIntegrator(5, 1e-13, 1e-15);
    double sum = 0;
    for (int i = 0; i + 1 < cuts.size(); i++) {
      double lo = cuts.get(i);
      double hi = cuts.get(i + 1);
      if (hi - lo > 1e-13 * Math.max(Math.abs(lo), Math.abs(hi))) {
        sum += gl.integrate(1_000_000, f::applyAsDouble, lo, hi);
      }
    }
    return sum;
  }

  @ParameterizedTest
  @MethodSource("knotLaws")
  void knotDensityIntegratesToTheCdf(KnotLaw law, double[] kinks) {
    for (double[] win : WINDOWS) {
      double integral = integrate(law::density, win[0], win[1], kinks);
      assertThat(integral).as("window [%s, %s]", win[0], win[1])
          .isCloseTo(law.cdf(win[1]) - law.cdf(win[0]), within(1e-10));
    }
    assertThat(law.cdf(0)).isCloseTo(law instanceof KnotLaw.UniformKnots ? 1.0 / 3 : 0.5,
        within(1e-15));
    assertThat(law.cdf(-1e12)).isCloseTo(0, within(1e-11));
    assertThat(law.cdf(1e12)).isCloseTo(1, within(1e-11));
  }

  /** The w^2-weighted knot density, derived by hand for each law. */
  static double weightedDensity(KnotLaw law, double t) {
    if (law instanceof KnotLaw.Cauchy c) {
      double g = c.gamma();
      return 2 * c.weightSecondMoment() / Math.PI * g * g * g / Math.pow(g * g + t * t, 2);
    }
    if (law instanceof KnotLaw.UniformRatio u) {
      double a = u.weightBound();
      double b = u.biasBound();
      return Math.pow(Math.min(a, b / Math.abs(t)), 4) / (8 * a * b);
    }
    if (law instanceof KnotLaw.NormalOverUniform n) {
      double s = n.sigma();
      double b = n.biasBound();
      double u = b * b / (2 * s * s * t * t);
      return 2 * s * s * s / (b * Math.sqrt(2 * Math.PI)) * (1 - (1 + u) * Math.exp(-u));
    }
    KnotLaw.UniformKnots k = (KnotLaw.UniformKnots) law;
    return k.weightSecondMoment() * k.density(t);
  }

  @ParameterizedTest
  @MethodSource("knotLaws")
  void weightedCdfIsTheIntegralOfTheHandDerivedWeightedDensity(KnotLaw law, double[] kinks) {
    for (double[] win : WINDOWS) {
      double integral = integrate(t -> weightedDensity(law, t), win[0], win[1], kinks);
      assertThat(law.weightedProbability(new Interval(win[0], win[1])))
          .as("window [%s, %s]", win[0], win[1]).isCloseTo(integral, within(1e-10));
    }
    double total = law.weightedCdf(Double.POSITIVE_INFINITY);
    assertThat(law.weightedCdf(-1e9)).isCloseTo(0, within(1e-8 * total));
    assertThat(law.weightedCdf(1e9)).isCloseTo(total, within(1e-8 * total));
  }

  static Stream<Arguments> slopeLaws() {
    return Stream.of(
        Arguments.of(new DeltaSlopeLaw.BesselProduct(0.2), new double[] {}),
        Arguments.of(new DeltaSlopeLaw.BesselProduct(3.0), new double[] {}),
        Arguments.of(new DeltaSlopeLaw.UniformProduct(1, 0.1), new double[] {-0.1, 0.1}),
        Arguments.of(new DeltaSlopeLaw.UniformProduct(Math.sqrt(6), 0.3),
            new double[] {-0.3 * Math.sqrt(6), 0.3 * Math.sqrt(6)}),
        Arguments.of(new DeltaSlopeLaw.Gaussian(0.1), new double[] {}));
  }

  @ParameterizedTest
  @MethodSource("slopeLaws")
  void slopeDensityIntegratesToTheCdfAndMomentsMatch(DeltaSlopeLaw law, double[] kinks) {
    double s = Math.sqrt(law.secondMoment());
    double[] grid = {-12, -3, -1.2, -0.4, -0.05, 0.07, 0.5, 1.1, 2.6, 12};
    for (int i = 0; i + 1 < grid.length; i++) {
      double a = grid[i] * s;
      double b = grid[i + 1] * s;
      if (a < 0 && b > 0) {
        continue; // the density has a log singularity at 0
      }
      assertThat(integrate(law::density, a, b, kinks))
          .isCloseTo(law.cdf(b) - law.cdf(a), within(1e-10));
    }
    assertThat(law.cdf(0)).isEqualTo(0.5);
    // moments by quadrature of |mu|^k density over (0, 40 s] (doubled; the mass at 0 has measure 0)
    double lo = 1e-12 * s;
    double hi = 40 * s;
    // geometric cuts towards the log singularity at 0, plus the law's kinks
    double[] cuts = new double[kinks.length + 13];
    for (int k = 0; k < 13; k++) {
      cuts[k] = s * Math.pow(10, 1 - k);
    }
    System.arraycopy(kinks, 0, cuts, 13, kinks.length);
    double m1 = 2 * integrate(t -> t * law.density(t), lo, hi, cuts);
    double m2 = 2 * integrate(t -> t * t * law.density(t), lo, hi, cuts);
    double m4 = 2 * integrate(t -> Math.pow(t, 4) * law.density(t), lo, hi, cuts);
    assertThat(m1).isCloseTo(law.absMean(), within(1e-9 * s));
    assertThat(m2).isCloseTo(law.secondMoment(), within(1e-9 * s * s));
    assertThat(m4).isCloseTo(law.fourthMoment(), within(1e-9 * Math.pow(s, 4)));
  }

  @Test
  void pytorchDefaultKnotDensityIsTheNotesPiecewiseLaw() {
    KnotLaw law = new KnotLaw.UniformRatio(1, 1);
    assertThat(law.density(0.3)).isEqualTo(0.25);
    assertThat(law.density(-1.0)).isEqualTo(0.25);
    assertThat(law.density(2.0)).isEqualTo(1.0 / 16);
    assertThat(law.density(-4.0)).isEqualTo(1.0 / 64);
  }

  @Test
  void gaussianKnotsAreCauchyWithScaleSigmaBOverSigmaW() {
    InitLaws laws = InitLaws.of(InitSpec.gaussian(new GaussianSigmas(2, 0.5, 1, 0), 10, 0));
    assertThat(laws.knots()).isEqualTo(new KnotLaw.Cauchy(0.25, 4.0));
    // scale multipliers act on gamma as alpha_b / alpha_w
    InitLaws scaled = InitLaws.of(InitSpec.gaussian(new GaussianSigmas(2, 0.5, 1, 0), 10, 0)
        .withScales(new Scales(4, 3, 1)));
    KnotLaw.Cauchy c = (KnotLaw.Cauchy) scaled.knots();
    assertThat(c.gamma()).isCloseTo(0.25 * 3 / 4, within(1e-16));
  }
}
