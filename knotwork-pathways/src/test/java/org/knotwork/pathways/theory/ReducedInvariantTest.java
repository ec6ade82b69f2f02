package org.knotwork.pathways.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReducedInvariantTest {

  /** Composite Simpson rule, 20000 panels: an independent reference for F. */
  private static double simpson(int depth, double c, double p) {
    int n = 20_000;
    double h = p / n;
    double acc = 0;
    for (int i = 0; i <= n; i++) {
      double x = i * h;
      double f = Math.pow(x * x + c, -(depth - 1) / 2.0);
      acc += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
    }
    return acc * h / 3;
  }

  @Test
  void closedFormsOfTheNotes() {
    for (double p : new double[] {-2.5, -0.3, 0, 0.01, 0.7, 4}) {
      double asinh = Math.log(p + Math.sqrt(p * p + 1));
      assertThat(ReducedInvariant.f(1, 1, p)).isEqualTo(p);
      assertThat(ReducedInvariant.f(2, 1, p)).isCloseTo(asinh, within(1e-14));
      assertThat(ReducedInvariant.f(3, 1, p)).isCloseTo(Math.atan(p), within(1e-14));
      assertThat(ReducedInvariant.f(4, 1, p)).isCloseTo(p / Math.sqrt(1 + p * p), within(1e-14));
      assertThat(ReducedInvariant.f(5, 1, p))
          .isCloseTo(p / (2 * (1 + p * p)) + Math.atan(p) / 2, within(1e-14));
    }
  }

  @Test
  void matchesQuadratureForAnyDepthAndImbalance() {
    for (int d = 2; d <= 13; d++) {
      for (double c : new double[] {0.3, 1, 2.5}) {
        for (double p : new double[] {0.2, 1.3, 3}) {
          assertThat(ReducedInvariant.f(d, c, p)).as("D=%d c=%f p=%f", d, c, p)
              .isCloseTo(simpson(d, c, p), within(1e-11));
          assertThat(ReducedInvariant.f(d, c, -p)).isCloseTo(-simpson(d, c, p), within(1e-11));
        }
      }
    }
  }

  @Test
  void balancedCaseGivesTheNotesInvariants() {
    // c = 0: F = ln p (D = 2), -p^(2-D)/(D-2) (D >= 3); with K = p^D these are ln K / 2 and
    // -K^(-(D-2)/D)/(D-2)
    double k = 0.37;
    assertThat(ReducedInvariant.f(2, 0, Math.sqrt(k))).isCloseTo(Math.log(k) / 2, within(1e-15));
    assertThat(ReducedInvariant.f(4, 0, Math.pow(k, 0.25)))
        .isCloseTo(-Math.pow(k, -0.5) / 2, within(1e-14));
    assertThatThrownBy(() -> ReducedInvariant.f(3, 0, -0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p must be > 0");
  }

  @Test
  void inverseAndRangeAreConsistent() {
    for (int d = 1; d <= 13; d++) {
      for (double c : new double[] {0, 0.5, 1}) {
        for (double p : new double[] {0.05, 0.8, 2.2}) {
          double[] ps = c == 0 && d > 1 ? new double[] {p} : new double[] {p, -p};
          for (double q : ps) {
            double y = ReducedInvariant.f(d, c, q);
            assertThat(ReducedInvariant.inverse(d, c, y)).as("D=%d c=%f p=%f", d, c, q)
                .isCloseTo(q, within(1e-9 * Math.max(1, Math.abs(q))));
          }
        }
        double hi = ReducedInvariant.upper(d, c);
        if (d >= 3 && c > 0) {
          assertThat(ReducedInvariant.f(d, c, 1e6)).isCloseTo(hi, within(1e-6));
          assertThat(ReducedInvariant.lower(d, c)).isEqualTo(-hi);
        }
      }
    }
  }
}
