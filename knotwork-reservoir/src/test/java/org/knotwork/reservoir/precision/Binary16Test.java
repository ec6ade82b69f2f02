package org.knotwork.reservoir.precision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notes check 15: binary16 bit patterns, round-half-even, subnormals and overflow. */
class Binary16Test {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "1.0, 3C00",
      "-1.0, BC00",
      "0.0, 0000",
      "-0.0, 8000",
      "65504.0, 7BFF",
      "65519.99, 7BFF",
      "65520.0, 7C00",
      "1e6, 7C00",
      "-1e6, FC00",
      "Infinity, 7C00",
      "-Infinity, FC00",
      "0x1p-24, 0001",
      "0x1p-25, 0000",
      "0x1.0000000000001p-25, 0001",
      "0x1.8p-24, 0002",
      "0x1p-14, 0400",
      "0x1.ff8p-15, 03FF",
      "0x1.ffcp-15, 0400",
      "0x1.ff6p-15, 03FF",
      "0x1.ff4p-15, 03FE",
      "1.00048828125, 3C00",
      "1.00146484375, 3C02",
      "1.0009765625, 3C01",
      "0.333333333333, 3555",
      "2.0, 4000",
      "0.5, 3800"
  })
  void encodesTableOfBitPatterns(double x, String hex) {
    short expected = (short) Integer.parseInt(hex, 16);
    assertThat(Integer.toHexString(Binary16.fromDouble(x) & 0xFFFF))
        .isEqualTo(Integer.toHexString(expected & 0xFFFF));
  }

  @Test
  void tiesGoToEvenAtOnePlusHalfUlp() {
    // 1 + 2^-11 is halfway between 1 (even mantissa) and 1 + 2^-10 (odd): rounds down;
    // 1 + 3 * 2^-11 is halfway between 1 + 2^-10 (odd) and 1 + 2^-9 (even): rounds up.
    assertThat(Binary16.round(1 + 0x1p-11)).isEqualTo(1.0);
    assertThat(Binary16.round(1 + 3 * 0x1p-11)).isEqualTo(1 + 0x1p-9);
    assertThat(Binary16.fromDouble(1 + 3 * 0x1p-11)).isEqualTo((short) 0x3C02);
  }

  @Test
  void decodesEveryPatternAndRoundTrips() {
    for (int b = 0; b < 0x10000; b++) {
      short s = (short) b;
      double v = Binary16.toDouble(s);
      int exponent = (b >>> 10) & 0x1F;
      int fraction = b & 0x3FF;
      if (exponent == 31 && fraction != 0) {
        assertThat(v).isNaN();
        assertThat(Binary16.fromDouble(v) & 0x7E00).isEqualTo(0x7E00);
        continue;
      }
      assertThat(Binary16.fromDouble(v)).as("pattern %04x", b).isEqualTo(s);
      assertThat(Double.doubleToRawLongBits(Binary16.round(v)))
          .isEqualTo(Double.doubleToRawLongBits(v));
    }
  }

  @Test
  void decodesByTheFormulaOfTheStandard() {
    assertThat(Binary16.toDouble((short) 0x7BFF)).isEqualTo(65504.0);
    assertThat(Binary16.toDouble((short) 0x0001)).isEqualTo(Math.pow(2, -24));
    assertThat(Binary16.toDouble((short) 0x03FF)).isEqualTo(1023 * Math.pow(2, -24));
    assertThat(Binary16.toDouble((short) 0x0400)).isEqualTo(Math.pow(2, -14));
    assertThat(Binary16.toDouble((short) 0xC000)).isEqualTo(-2.0);
    assertThat(Binary16.toDouble((short) 0x7C00)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  /** Independent reference: nearest value in the sorted table of all finite binary16 values. */
  @Test
  void roundsRandomDoublesToTheNearestTableValueTiesToEven() {
    double[] table = new double[0x7C00];
    for (int b = 0; b < 0x7C00; b++) {
      table[b] = Binary16.toDouble((short) b); // increasing with b for positive patterns
    }
    Random rnd = new Random(7);
    for (int n = 0; n < 200_000; n++) {
      double x;
      switch (n % 4) {
        case 0 -> x = rnd.nextDouble() * 70000;
        case 1 -> x = Math.scalb(rnd.nextDouble(), -rnd.nextInt(30));
        case 2 -> {
          // exact midpoints between neighbours
          int b = rnd.nextInt(0x7BFF);
          x = 0.5 * (table[b] + table[b + 1]);
        }
        default -> x = rnd.nextGaussian() * 10;
      }
      double a = Math.abs(x);
      double expected;
      if (a >= 65520.0) {
        expected = Double.POSITIVE_INFINITY;
      } else {
        int i = Arrays.binarySearch(table, a);
        if (i >= 0) {
          expected = table[i];
        } else {
          int hi = -i - 1;
          int lo = hi - 1;
          double dLo = a - table[lo];
          double dHi = hi < table.length ? table[hi] - a : Double.POSITIVE_INFINITY;
          if (hi == table.length) {
            expected = dLo <= 16.0 ? table[lo] : Double.POSITIVE_INFINITY;
          } else if (dLo < dHi) {
            expected = table[lo];
          } else if (dHi < dLo) {
            expected = table[hi];
          } else {
            expected = (lo & 1) == 0 ? table[lo] : table[hi];
          }
        }
      }
      assertThat(Binary16.round(x)).as("x=%s", x).isEqualTo(Math.copySign(expected, x));
      assertThat(Binary16.toDouble(Binary16.fromDouble(x))).isEqualTo(Math.copySign(expected, x));
    }
  }

  @Test
  void nanStaysNan() {
    assertThat(Binary16.round(Double.NaN)).isNaN();
    assertThat(Binary16.fromDouble(Double.NaN) & 0x7C00).isEqualTo(0x7C00);
  }
}
