package org.knotwork.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BesselK0Test {
  private static final double EULER_GAMMA = 0.57721566490153286061;

  /** Reference values computed with mpmath at 30 digits: besselk(0, x) and quad(besselk(0,t), [0, x]). */
  @ParameterizedTest
  @CsvSource({
      "1e-6, 13.931442073626419413, 0.000014931442073623958618",
      "0.01, 4.7212447301610949651, 0.057211521554724551589",
      "0.1, 2.4270690247020166125, 0.34216444375797438707",
      "0.5, 0.92441907122766586178, 0.92710252093114907345",
      "1, 0.42102443824070833334, 1.2425098486237782662",
      "2, 0.11389387274953343565, 1.4736757343168286825",
      "5, 0.0036910983340425942747, 1.5673873907283660493",
      "10, 0.000017780062316167651811, 1.5707793116159788598",
      "30, 2.1324774964630563712e-14, 1.5707963267948756308",
      "100, 4.6566282291759020189e-45, 1.5707963267948966192"})
  void matchesReferenceValues(double x, double k0, double integralFromZero) {
    assertThat(BesselK0.k0(x)).isCloseTo(k0, within(2e-15 * k0));
    assertThat(Math.PI / 2 - BesselK0.tailIntegral(x)).isCloseTo(integralFromZero, within(2e-15));
  }

  /** K0(x) = -(ln(x/2) + gamma) I0(x) + sum_{k>=1} (x^2/4)^k / (k!)^2 H_k (A&S 9.6.13). */
  @ParameterizedTest
  @ValueSource(doubles = {1e-9, 1e-3, 0.03, 0.2, 0.7, 1.3, 2.0})
  void matchesPowerSeriesForSmallArguments(double x) {
    double q = x * x / 4;
    double term = 1;
    double i0 = 1;
    double harmonic = 0;
    double rest = 0;
    for (int k = 1; k < 60; k++) {
      term *= q / ((double) k * k);
      harmonic += 1.0 / k;
      i0 += term;
      rest += term * harmonic;
    }
    double series = -(Math.log(x / 2) + EULER_GAMMA) * i0 + rest;
    assertThat(BesselK0.k0(x)).isCloseTo(series, within(1e-14 * series));
  }

  /** K0(x) ~ sqrt(pi/(2x)) e^{-x} sum_k (-1)^k ((2k-1)!!)^2 / (k! (8x)^k) (A&S 9.7.2). */
  @ParameterizedTest
  @ValueSource(doubles = {40, 80, 200, 600})
  void matchesAsymptoticSeriesForLargeArguments(double x) {
    double sum = 0;
    double term = 1;
    for (int k = 0; k < 12; k++) {
      sum += term;
      double odd = 2.0 * k + 1;
      term *= -odd * odd / ((k + 1) * 8.0 * x);
    }
    double asym = Math.sqrt(Math.PI / (2 * x)) * Math.exp(-x) * sum;
    assertThat(BesselK0.k0(x)).isCloseTo(asym, within(1e-14 * asym));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.3, 1.0, 3.0, 12.0})
  void tailIntegralDerivativeIsMinusK0(double x) {
    double h = 1e-5 * x;
    double fd = (BesselK0.tailIntegral(x + h) - BesselK0.tailIntegral(x - h)) / (2 * h);
    assertThat(fd).isCloseTo(-BesselK0.k0(x), within(1e-8 * BesselK0.k0(x) + 1e-11));
  }

  @Test
  void endpointsAndDomain() {
    assertThat(BesselK0.k0(0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(BesselK0.k0(Double.POSITIVE_INFINITY)).isZero();
    assertThat(BesselK0.tailIntegral(0)).isEqualTo(Math.PI / 2);
    assertThat(BesselK0.tailIntegral(1e-300)).isCloseTo(Math.PI / 2, within(1e-15));
    assertThat(BesselK0.tailIntegral(Double.POSITIVE_INFINITY)).isZero();
    assertThatThrownBy(() -> BesselK0.k0(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x must be >= 0");
    assertThatThrownBy(() -> BesselK0.tailIntegral(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
