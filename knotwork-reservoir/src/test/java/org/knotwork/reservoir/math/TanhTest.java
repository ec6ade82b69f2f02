package org.knotwork.reservoir.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The port must return exactly StrictMath.tanh's bits. */
class TanhTest {

  private static void same(double x) {
    assertThat(Double.doubleToRawLongBits(Tanh.tanh(x))).as("x = %s (%a)", x, x)
        .isEqualTo(Double.doubleToRawLongBits(StrictMath.tanh(x)));
  }

  @Test
  void specialValuesAndBranchBoundaries() {
    double[] xs = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-55, 0x1.fffffffffffffp-56,
        0x1p-54, 1e-20, 0.5 * Math.log(2) / 2, 0.34657359027997264, 0.3465735902799727,
        0.5198603854199589, 0.52, 1.0, Math.nextDown(1.0), 1.5, 2.0, 19.9, 20.0, 21.999999,
        22.0, 22.000001, 44.0, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN};
    for (double x : xs) {
      same(x);
      same(-x);
    }
  }

  @Test
  void randomArgumentsOverEveryRange() {
    Random r = new Random(17);
    for (int n = 0; n < 1_000_000; n++) {
      double x = switch (n % 4) {
        case 0 -> r.nextGaussian();
        case 1 -> r.nextGaussian() * 8;
        case 2 -> Math.scalb(r.nextDouble(), -r.nextInt(60));
        default -> (r.nextDouble() * 2 - 1) * 25;
      };
      same(x);
    }
  }

  @Test
  void sweepsEveryExponentOfTheReducedRange() {
    // 2^-55 .. 2^5: every binade, 2 000 evenly spread significands each, both signs
    for (int e = -56; e <= 5; e++) {
      for (int m = 0; m < 2000; m++) {
        double x = Math.scalb(1.0 + m / 2000.0, e);
        same(x);
        same(-x);
      }
    }
  }
}
