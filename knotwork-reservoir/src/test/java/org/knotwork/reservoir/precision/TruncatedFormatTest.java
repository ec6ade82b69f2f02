package org.knotwork.reservoir.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Notes check 18: the truncating mantissa/exponent emulator and its edge cases. */
class TruncatedFormatTest {

  /**
   * The authors' Python reduce_precision as described in the notes: frexp, greedy binary expansion of
   * the mantissa over m + 1 bits with a strict comparison, exponent clamps.
   */
  private static double pythonReference(double x, int m, int e) {
    if (x == 0) {
      return 0;
    }
    double sign = Math.signum(x);
    double a = Math.abs(x);
    int exp = Math.getExponent(a) + 1;
    double f = a / Math.pow(2, exp);
    int eMax = (1 << (e - 1)) - 1;
    int eMin = -(1 << (e - 1));
    if (exp > eMax) {
      return sign * 0.9 * Math.pow(2, eMax);
    }
    if (exp < eMin) {
      return sign * 0.5 * Math.pow(2, eMin);
    }
    double rem = f;
    double out = 0;
    for (int i = 1; i <= m + 1; i++) {
      double bit = Math.pow(2, -i);
      if (rem > bit) {
        out += bit;
        rem -= bit;
      }
    }
    return sign * out * Math.pow(2, exp);
  }

  /** Truncation toward zero by arithmetic: floor(|x| / 2^(E-1-m)) 2^(E-1-m). */
  private static double floorReference(double x, int m) {
    double a = Math.abs(x);
    int exp = Math.getExponent(a) + 1;
    double unit = Math.pow(2, exp - 1 - m);
    return Math.copySign(Math.floor(a / unit) * unit, x);
  }

  @Test
  void edgeCasesOfTheNotes() {
    TruncatedFormat f = TruncatedFormat.of(10, 5);
    assertThat(f.round(0.0)).isEqualTo(0.0);
    assertThat(f.round(1e-30)).isEqualTo(Math.pow(2, -17));
    assertThat(f.round(-1e-30)).isEqualTo(-Math.pow(2, -17));
    assertThat(f.round(1e30)).isEqualTo(29491.2);
    assertThat(f.round(-1e30)).isEqualTo(-29491.2);
    assertThat(f.round(Double.POSITIVE_INFINITY)).isEqualTo(29491.2);
    assertThat(f.round(Double.NaN)).isNaN();
  }

  @Test
  void faithfulModeLowersExactValuesByOneUnitInTheLastPlace() {
    TruncatedFormat faithful = new TruncatedFormat(10, 10, TruncationMode.FAITHFUL);
    assertThat(faithful.round(1.5)).isEqualTo(1.5 - Math.pow(2, -10));
    assertThat(TruncatedFormat.of(10, 10).round(1.5)).isEqualTo(1.5);
    TruncatedFormat faithful52 = new TruncatedFormat(52, 11, TruncationMode.FAITHFUL);
    assertThat(faithful52.round(0.1)).isNotEqualTo(0.1);
    assertThat(TruncatedFormat.of(52, 11).round(0.1)).isEqualTo(0.1);
  }

  @Test
  void faithfulModeMatchesTheGreedyPythonAlgorithm() {
    Random rnd = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      int m = 1 + rnd.nextInt(20);
      int e = 3 + rnd.nextInt(8);
      double x = (rnd.nextBoolean() ? 1 : -1) * Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(80) - 40);
      if (n % 5 == 0) {
        x = Math.scalb(Math.floor(x * 8), -3); // values with few bits: the quirk path
      }
      TruncatedFormat f = new TruncatedFormat(m, e, TruncationMode.FAITHFUL);
      assertThat(f.round(x)).as("x=%s m=%d e=%d", x, m, e).isEqualTo(pythonReference(x, m, e));
    }
  }

  @Test
  void maskModeTruncatesTowardZero() {
    Random rnd = new Random(4);
    for (int n = 0; n < 20_000; n++) {
      int m = rnd.nextInt(53);
      double x = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(6) - 3);
      if (x == 0) {
        continue;
      }
      double t = TruncatedFormat.of(m, 11).round(x);
      assertThat(t).isEqualTo(floorReference(x, m));
      assertThat(Math.abs(t)).isLessThanOrEqualTo(Math.abs(x));
    }
  }

  @Test
  void maskAndFaithfulAgreeOnRandomValuesAtTenBits() {
    Random rnd = new Random(5);
    int agree = 0;
    for (int n = 0; n < 10_000; n++) {
      double x = rnd.nextGaussian();
      if (TruncatedFormat.of(10, 10).round(x)
          == new TruncatedFormat(10, 10, TruncationMode.FAITHFUL).round(x)) {
        agree++;
      }
    }
    assertThat(agree).isEqualTo(10_000);
  }

  @Test
  void keepsSubnormalDoublesWhenTheRangeAllows() {
    double x = 0x1.fp-1024; // a subnormal double inside the 11-bit exponent range
    assertThat(x).isLessThan(Double.MIN_NORMAL);
    assertThat(TruncatedFormat.of(52, 11).round(x)).isEqualTo(x);
    assertThat(TruncatedFormat.of(2, 11).round(x)).isEqualTo(0x1.cp-1024);
    assertThat(TruncatedFormat.of(2, 11).round(0x1p-1030)).isEqualTo(0x1p-1025); // below the range
  }

  @Test
  void rejectsBadBitCounts() {
    assertThatThrownBy(() -> TruncatedFormat.of(53, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mantissaBits");
    assertThatThrownBy(() -> TruncatedFormat.of(10, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exponentBits");
  }

  @Test
  void maxFiniteIsTheLargestTruncatedValue() {
    TruncatedFormat f = TruncatedFormat.of(12, 4);
    assertThat(f.maxFinite()).isEqualTo((1 - Math.pow(2, -13)) * 128);
    assertThat(f.round(f.maxFinite())).isEqualTo(f.maxFinite());
  }
}
