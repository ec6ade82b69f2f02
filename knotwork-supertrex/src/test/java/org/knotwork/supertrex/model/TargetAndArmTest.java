package org.knotwork.supertrex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The butterfly and the arm kinematics by hand (spiking.md check 2). */
class TargetAndArmTest {
  private static final Offset<Double> EXACT = Offset.offset(1e-12);

  @Test
  void butterflyClosesAndHasTheStatedRadii() {
    Butterfly b = new Butterfly(50_000);
    assertThat(b.x(50_000)).isCloseTo(b.x(1), EXACT);
    assertThat(b.y(50_000)).isCloseTo(b.y(1), EXACT);
    assertThat(b.x(50_001)).isEqualTo(b.x(1));
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (int n = 1; n <= 50_000; n++) {
      double r = Math.hypot(b.x(n), b.y(n));
      max = Math.max(max, r);
      min = Math.min(min, r);
    }
    assertThat(max).isCloseTo(1.00302, Offset.offset(1e-5));
    assertThat(min).isCloseTo(0.22366, Offset.offset(1e-5));
    // theta = 0: rho = 9 + 3 - 2 = 10, so f = (10 / 14.4734, 0)
    assertThat(b.x(1)).isCloseTo(10 / 14.4734, EXACT);
    assertThat(b.y(1)).isCloseTo(0.0, EXACT);
    // theta = pi/2 exactly at j - 1 = (T_p - 1)/4 when T_p - 1 is divisible by 4: T_p = 5
    Butterfly small = new Butterfly(5);
    // rho(pi/2) = 9 - 1 - 2 + 2 + 1 - 3 - 2 = 4
    assertThat(small.x(2)).isCloseTo(0.0, EXACT);
    assertThat(small.y(2)).isCloseTo(4 / 14.4734, EXACT);
  }

  @Test
  void twoAndThreeSegmentArmsByHand() {
    double[] p = new double[2];
    Arm two = Arm.standard(2);
    two.position(new double[] {0, 0}, p);
    assertThat(p).containsExactly(new double[] {0, 1.6}, EXACT);
    two.position(new double[] {0.5, 0}, p);
    assertThat(p).containsExactly(new double[] {3.6, -2}, EXACT);
    two.position(new double[] {1, 0}, p);
    assertThat(p).containsExactly(new double[] {0, -5.6}, EXACT);
    Arm three = Arm.standard(3);
    three.position(new double[] {0, 0, 0}, p);
    assertThat(p).containsExactly(new double[] {0, 1.6}, EXACT);
    three.position(new double[] {0, 0.5, 0}, p);
    assertThat(p).containsExactly(new double[] {1.8, -0.2}, EXACT);
    // the joints end at the pen
    double[] j = three.joints(new double[] {0.1, 0.2, 0.3});
    three.position(new double[] {0.1, 0.2, 0.3}, p);
    assertThat(j[6]).isCloseTo(p[0], EXACT);
    assertThat(j[7]).isCloseTo(p[1], EXACT);
    assertThat(j[0]).isEqualTo(0.0);
    assertThat(j[1]).isEqualTo(-2.0);
    assertThat(Arm.standard(6).lengths()).containsOnly(0.6);
    assertThatThrownBy(() -> Arm.standard(1)).hasMessageContaining("segments");
  }
}
