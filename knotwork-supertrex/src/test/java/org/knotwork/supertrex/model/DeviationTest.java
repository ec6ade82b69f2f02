package org.knotwork.supertrex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The deviation metric against its definition, computed naively. */
class DeviationTest {

  @Test
  void matchesTheFilterAndWindowWrittenOut() {
    double[] e = new double[40];
    for (int i = 0; i < e.length; i++) {
      e[i] = 0.5 + 0.4 * Math.sin(0.7 * i) * Math.sin(0.7 * i);
    }
    Deviation d = new Deviation(30, 40);
    for (double v : e) {
      d.add(v);
    }
    double[] m = new double[41];
    m[1] = e[0];
    for (int n = 2; n <= 40; n++) {
      m[n] = 0.9998 * m[n - 1] + 0.0002 * e[n - 1];
    }
    double s = 0;
    for (int n = 30; n <= 40; n++) {
      s += Math.sqrt(m[n]);
    }
    assertThat(d.deviation()).isCloseTo(s / 11, within(1e-15));
    assertThat(d.filtered()).isCloseTo(m[40], within(1e-15));
    assertThat(d.complete()).isTrue();
    assertThat(Deviation.satisfactory(0.49)).isTrue();
    assertThat(Deviation.satisfactory(0.5)).isFalse();
  }

  @Test
  void constantErrorGivesItsSquareRoot() {
    Deviation d = new Deviation(5, 20);
    for (int i = 0; i < 20; i++) {
      d.add(0.25);
    }
    assertThat(d.deviation()).isCloseTo(0.5, within(1e-12));
    assertThat(new Deviation(5, 20).deviation()).isNaN();
  }
}
