package org.knotwork.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-derived values of notes &sect;5 (table, S21-S23) and acceptance experiment E4, against the
 * analytic laws and, where E4 asks for it, against Monte Carlo with at least 10^6 draws.
 */
class NotesReferenceValuesTest {
  private static final int H = 100;

  /** Notes &sect;5 table at H = 100: E[sum mu^2], E[sum |mu|]. */
  @ParameterizedTest
  @CsvSource({
      "pytorch-default, 0.11111111111111111, 2.5",
      "pytorch-default-zero-bias, 0.11111111111111111, 2.5",
      "he-normal-zero-bias, 4, 12.732395447351627", // (4/pi) sqrt(H)
      "he-normal, 4, 12.732395447351627",
      "lecun-normal-zero-bias, 1, 6.366197723675814", // (2/pi) sqrt(H)
      "glorot-normal-zero-bias, 0.039211841976276836, 1.2606332126090720", // 4H/(H+1)^2, (4/pi)H/(H+1)
      "glorot-uniform-zero-bias, 0.039211841976276836, 1.4851485148514851", // 1.5 H/(H+1)
      "he-uniform, 4, 15", // H * (sqrt(6)/2) * (sqrt(6/H)/2) = 1.5 sqrt(H)
      "lecun-uniform, 1, 7.5"})
  void tableOfSection5(String scheme, double sumMu2, double sumAbsMu) {
    InitLaws laws = InitLaws.of(InitSpec.of(InitScheme.parse(scheme), H, 0));
    assertThat(laws.expectedSumMuSquared()).isCloseTo(sumMu2, within(1e-14 * sumMu2));
    assertThat(laws.expectedSumAbsMu()).isCloseTo(sumAbsMu, within(1e-14 * sumAbsMu));
    // S23: Var f0'(x) = E[R2]/2 at every x (notes: 0.0556, 2, 0.5, 0.0196 at x = 0.3)
    for (double x : new double[] {-2, 0, 0.3, 7}) {
      assertThat(laws.slopeVariance(x)).isCloseTo(sumMu2 / 2, within(1e-14 * sumMu2));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 1000})
  void pytorchDefaultRoughnessInsideTheUnitWindowIsOneTwelfth(int h) {
    InitLaws laws = InitLaws.of(InitSpec.of(InitScheme.PYTORCH_DEFAULT, h, 0));
    assertThat(laws.expectedRoughness(Interval.symmetric(1))).isCloseTo(1.0 / 12, within(1e-15));
    // and Var f0(x) = (H sigma_v^2 / 2)(sigma_w^2 x^2 + sigma_b^2) + sigma_c^2 = (x^2+1)/18 + 1/(3H)
    for (double x : new double[] {-1.5, 0, 0.3, 4}) {
      assertThat(laws.valueVariance(x))
          .isCloseTo((x * x + 1) / 18 + 1.0 / (3 * h), within(1e-15));
    }
  }

  /** E4: P(|beta| <= 1) = 0.5 +- 0.002 from 10^6 knots, and the notes' knot-density table. */
  @Test
  void e4PytorchDefaultKnotDensity() {
    InitSpec spec = InitSpec.of(InitScheme.PYTORCH_DEFAULT, 1000, 2024);
    InitLaws laws = InitLaws.of(spec);
    double[] edges = {-4, -3, -2, -1, -.5, 0, .5, 1, 2, 3, 4};
    double[] density = {1.0 / 48, 1.0 / 24, 1.0 / 8, 1.0 / 4, 1.0 / 4, 1.0 / 4, 1.0 / 4, 1.0 / 8,
        1.0 / 24, 1.0 / 48};
    InitQuery q = new InitQuery(List.of(), List.of(Interval.symmetric(1), new Interval(10, 11)),
        InitQuery.bins(edges), List.of());
    InitStatistics exact = laws.statistics(q);
    InitStatistics mc = InitMonteCarlo.estimate(spec, q, 1000); // 10^6 knots
    for (int k = 0; k < density.length; k++) {
      double width = edges[k + 1] - edges[k];
      assertThat(exact.knotBins().get(k).probability().value() / width)
          .isCloseTo(density[k], within(1e-15));
      Estimate e = mc.knotBins().get(k).probability();
      assertThat(e.value() / width).isCloseTo(density[k], within(4 * e.standardError() / width));
    }
    assertThat(laws.knots().probability(Interval.symmetric(1))).isEqualTo(0.5);
    double pUnit = mc.windows().get(0).knots().value() / 1000;
    assertThat(pUnit).isCloseTo(0.5, within(0.002));
    // P(beta in [10, 11]) = (1/4)(1/10 - 1/11): about 2.3 knots out of 1000
    assertThat(exact.windows().get(1).knots().value())
        .isCloseTo(1000 * 0.25 * (0.1 - 1.0 / 11), within(1e-12));
    assertThat(mc.windows().get(1).knots().value())
        .isCloseTo(1000 * 0.25 * (0.1 - 1.0 / 11), within(4 * mc.windows().get(1).knots().standardError()));
  }

  /** E4 / S21: Gaussian sigma_w = 2, sigma_b = 0.5 gives Cauchy(0.25): median |beta| 0.25, P(|beta| <= 1) = 0.8440. */
  @Test
  void e4CauchyScale() {
    InitSpec spec = InitSpec.gaussian(new GaussianSigmas(2, 0.5, 1, 0), 1000, 7);
    KnotLaw law = InitLaws.of(spec).knots();
    assertThat(law.probability(Interval.symmetric(1)))
        .isCloseTo(2 / Math.PI * Math.atan(4), within(1e-15)).isCloseTo(0.8440, within(1e-4));
    assertThat(law.probability(Interval.symmetric(0.25))).isCloseTo(0.5, within(1e-15));
    double[] beta = LawsAgreeWithMonteCarloTest.pooledKnots(spec, 2000); // 2*10^6 knots
    double[] abs = Arrays.stream(beta).map(Math::abs).sorted().toArray();
    double median = 0.5 * (abs[abs.length / 2 - 1] + abs[abs.length / 2]);
    // SE of the sample median: 1/(2 f(m) sqrt(n)), f(m) = density of |beta| at 0.25 = 1/(pi gamma)
    double se = Math.PI * 0.25 / (2 * Math.sqrt(abs.length));
    assertThat(median).isCloseTo(0.25, within(4 * se));
    long inUnit = Arrays.stream(abs).filter(a -> a <= 1).count();
    Estimate p = Estimate.proportion(inUnit, abs.length);
    assertThat(p.value()).isCloseTo(2 / Math.PI * Math.atan(4), within(4 * p.standardError()));
  }

  @Test
  void heNormalKnotDensityAtZeroIsOneOverSqrtPi() {
    // w ~ N(0, 2), b ~ U(-1, 1): p(0) = sigma / (B sqrt(2 pi)) = 1/sqrt(pi)
    KnotLaw law = InitLaws.of(InitSpec.of(InitScheme.HE_NORMAL, 10, 0)).knots();
    assertThat(law.density(0)).isCloseTo(1 / Math.sqrt(Math.PI), within(1e-15));
    assertThat(law.density(1e-9)).isCloseTo(1 / Math.sqrt(Math.PI), within(1e-15));
  }

  @Test
  void widthAndScaleLaws() {
    // fan-in schemes: E[R2] does not depend on H; Glorot decays like 4/H; scales act as (aw av)^2
    for (int h : new int[] {10, 100, 10_000}) {
      assertThat(InitLaws.of(InitSpec.of(InitScheme.HE_NORMAL, h, 0)).expectedSumMuSquared())
          .isCloseTo(4, within(1e-12));
      assertThat(InitLaws.of(InitSpec.of(InitScheme.GLOROT_NORMAL, h, 0)).expectedSumMuSquared())
          .isCloseTo(4.0 * h / ((h + 1.0) * (h + 1.0)), within(1e-15));
    }
    InitSpec base = InitSpec.of(InitScheme.LECUN_UNIFORM, 64, 0);
    InitLaws scaled = InitLaws.of(base.withScales(new Scales(3, 0.5, 0.2)));
    InitLaws unit = InitLaws.of(base);
    assertThat(scaled.expectedSumMuSquared())
        .isCloseTo(unit.expectedSumMuSquared() * 0.36, within(1e-14));
    assertThat(scaled.expectedSumAbsMu()).isCloseTo(unit.expectedSumAbsMu() * 0.6, within(1e-13));
    // knots scale by ab/aw = 1/6: P(|beta| <= t/6) is unchanged
    assertThat(scaled.knots().probability(Interval.symmetric(0.5 / 6)))
        .isCloseTo(unit.knots().probability(Interval.symmetric(0.5)), within(1e-15));
  }
}
